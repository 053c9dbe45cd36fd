package se.vinr.ledger.query.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.vinr.ledger.query.PointInTime;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PointInTimeParametersTest {

    @ParameterizedTest(name = "asOf={0}")
    @CsvSource({
            "2021-01-31, 2021-01-31",
            "2021-01-31T23:30:00+01:00, 2021-01-31",
            "2021-01-31T23:30:00Z, 2021-01-31",
            // an unencoded '+' arrives as a space
            "2021-01-31T00:30:00 02:00, 2021-01-31"})
    void asOfIsADateOrTheDateOfAnInstantInItsOwnOffset(String asOf, LocalDate expected) {
        assertThat(new PointInTimeParameters(asOf, null).toPointInTime().asOf()).isEqualTo(expected);
    }

    @Test
    void withoutParametersItIsTodayInSwedenWithEverythingRecorded() {
        PointInTime now = new PointInTimeParameters(null, " ").toPointInTime();

        assertThat(now.asOf()).isEqualTo(LocalDate.now(PointInTime.SWEDEN));
        assertThat(now.knownAt()).isNull();
    }

    @Test
    void knownAtIsAnInstantWithOffset() {
        assertThat(new PointInTimeParameters("2021-01-31", "2021-06-30T14:00:00+02:00").toPointInTime().knownAt())
                .isEqualTo(Instant.parse("2021-06-30T12:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/01/2021", "2021-02-30", "yesterday", "2021-01-31T10:00"})
    void aMalformedAsOfIsAnInvalidRequestNamingTheField(String asOf) {
        assertThatThrownBy(() -> new PointInTimeParameters(asOf, null).toPointInTime())
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("asOf"))
                .hasMessageContaining(asOf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-06-30", "2021-06-30T12:00:00", "now"})
    void aKnownAtWithoutOffsetOrTimeIsAnInvalidRequest(String knownAt) {
        assertThatThrownBy(() -> new PointInTimeParameters(null, knownAt).toPointInTime())
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("knownAt"));
    }

    @ParameterizedTest
    @CsvSource({"1899-12-31, ", "2101-01-01, ", "+20210-01-31, ", ", 1850-06-30T12:00:00Z", ", 2200-06-30T12:00:00Z"})
    void datesOutsideWhatTheLedgerHoldsAreInvalidRequests(String asOf, String knownAt) {
        assertThatThrownBy(() -> new PointInTimeParameters(asOf, knownAt).toPointInTime())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("must lie from 1900-01-01 to 2100-12-31");
    }

    @Test
    void theLimitsThemselvesAreTaken() {
        assertThat(new PointInTimeParameters("1900-01-01", "2100-12-31T23:59:59Z").toPointInTime().asOf())
                .isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(new DateRangeParameters("1900-01-01", "2100-12-31").toDate()).isEqualTo(LocalDate.of(2100, 12, 31));
    }

    @Test
    void aRangeBoundOutsideTheLimitsIsAnInvalidRequestNamingIt() {
        assertThatThrownBy(() -> new DateRangeParameters("0001-01-01", null).fromDate())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("from"));
    }
}
