package se.vinr.ledger.query.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.NotFoundException;
import se.vinr.ledger.query.ReadModelTest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.vinr.ledger.query.audit.AuditEvents.at;
import static se.vinr.ledger.query.audit.AuditEvents.event;
import static se.vinr.ledger.query.audit.AuditProjectionTest.headcount;
import static se.vinr.ledger.query.audit.AuditProjectionTest.registered;

class AuditQueryHandlerTest extends ReadModelTest {

    private static final MunicipalityId GOTLAND = new MunicipalityId("gotland");
    private static final MunicipalityId GOTEBORG = new MunicipalityId("goteborg");
    private static final Instant DAY_1 = Instant.parse("2023-05-01T08:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2023-05-02T08:00:00Z");

    @Autowired
    private AuditProjection projection;
    @Autowired
    private AuditQueryHandler queries;

    /**
     * Gotland: e-1 registered (anna, r1, day 1), e-2 headcount 2023-01-31 and e-4 headcount 2023-03-31 (bo, r2, day
     * 2), e-5 headcount 2023-04-30 (anna, r3, day 2). Göteborg: e-3 registered (bo, r2, day 2).
     */
    @BeforeEach
    void log() {
        projection.reset();
        projection.on(event("e-1", registered(GOTLAND), "Municipality", "gotland", 0, DAY_1, "anna", "r1"), at(1));
        projection.on(event("e-2", headcount(GOTLAND, "2023-01-31"), "Municipality", "gotland", 1, DAY_2, "bo", "r2"),
                at(2));
        projection.on(event("e-3", registered(GOTEBORG), "Municipality", "goteborg", 0, DAY_2, "bo", "r2"), at(3));
        projection.on(event("e-4", headcount(GOTLAND, "2023-03-31"), "Municipality", "gotland", 2, DAY_2, "bo", "r2"),
                at(4));
        projection.on(event("e-5", headcount(GOTLAND, "2023-04-30"), "Municipality", "gotland", 3, DAY_2, "anna",
                "r3"), at(5));
    }

    @Test
    void pagesFollowTheirCursorsToTheEnd() {
        AuditEventPage first = queries.handle(new FindAuditEvents(AuditFilter.municipality("gotland"), 0, 2));
        assertThat(first.events()).extracting(AuditEvent::eventId).containsExactly("e-1", "e-2");
        assertThat(first.next()).isEqualTo("2");

        AuditEventPage second = queries.handle(new FindAuditEvents(AuditFilter.municipality("gotland"), 2, 2));
        assertThat(second.events()).extracting(AuditEvent::eventId).containsExactly("e-4", "e-5");
        // a page that reaches the end says so: no empty page to fetch
        assertThat(second.next()).isNull();

        AuditEventPage beyond = queries.handle(new FindAuditEvents(AuditFilter.municipality("gotland"), 5, 2));
        assertThat(beyond.events()).isEmpty();
        assertThat(beyond.next()).isNull();
    }

    @Test
    void filtersSelectByTypeUserAggregateAndBothKindsOfTime() {
        assertThat(ids(filter("HeadcountReported", null, null, null, null))).containsExactly("e-2", "e-4", "e-5");
        assertThat(ids(filter(null, "anna", null, null, null))).containsExactly("e-1", "e-5");
        assertThat(ids(filter(null, null, DAY_2, null, null))).containsExactly("e-2", "e-4", "e-5");
        assertThat(ids(filter(null, null, null, DAY_1, null))).containsExactly("e-1");
        // events without a business date (the registration) are outside any business range
        assertThat(ids(filter(null, null, null, null, LocalDate.parse("2023-03-31")))).containsExactly("e-2", "e-4");
        assertThat(ids(new AuditFilter("gotland", "r2", "gotland", null, null, null, null, null, null, null)))
                .containsExactly("e-2", "e-4");
    }

    @Test
    void aCorrelationGathersEveryMunicipalityItTouched() {
        AuditEventPage correlated = queries.handle(new FindAuditEvents(AuditFilter.correlation("r2", null), 0, 100));

        assertThat(correlated.events()).extracting(AuditEvent::eventId, AuditEvent::municipalityId)
                .containsExactly(tuple("e-2", "gotland"),
                        tuple("e-3", "goteborg"),
                        tuple("e-4", "gotland"));
        assertThatThrownBy(() -> queries.handle(new FindAuditEvents(AuditFilter.correlation("r9", null), 0, 100)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("r9");
    }

    @Test
    void aCorrelationShowsOnlyTheMunicipalitiesTheCallerMayReadAndNoneIsNotFound() {
        AuditEventPage gotlandOnly = queries.handle(new FindAuditEvents(
                AuditFilter.correlation("r2", java.util.Set.of("gotland")), 0, 100));

        assertThat(gotlandOnly.events()).extracting(AuditEvent::municipalityId).containsOnly("gotland").hasSize(2);
        assertThatThrownBy(() -> queries.handle(new FindAuditEvents(
                AuditFilter.correlation("r2", java.util.Set.of("sundbyberg")), 0, 100)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMunicipalityWithoutEventsIsNotFound() {
        assertThatThrownBy(() -> queries.handle(new FindAuditEvents(AuditFilter.municipality("atlantis"), 0, 10)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("atlantis");
    }

    private AuditFilter filter(String type, String user, Instant recordedFrom, Instant recordedTo,
                               LocalDate businessTo) {
        return new AuditFilter("gotland", null, null, type, user, recordedFrom, recordedTo, null, businessTo, null);
    }

    private List<String> ids(AuditFilter filter) {
        return queries.handle(new FindAuditEvents(filter, 0, 100)).events().stream().map(AuditEvent::eventId).toList();
    }
}
