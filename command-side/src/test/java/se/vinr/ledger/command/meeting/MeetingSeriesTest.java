package se.vinr.ledger.command.meeting;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.vinr.ledger.events.common.MeetingSeriesId;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.meeting.MeetingHeld;
import se.vinr.ledger.events.meeting.MeetingSeriesDefined;

import java.time.LocalDate;

import static se.vinr.ledger.command.CommandRejectedException.Reason.CONFLICT;
import static se.vinr.ledger.command.CommandRejectedException.Reason.INVALID;
import static se.vinr.ledger.command.organisation.Rejection.rejected;

/**
 * A meeting series and its meetings: Gotland's key-person meetings, twice a year. Defining one needs a registered
 * municipality and a free id, see {@link MeetingSeriesHandlerTest}.
 */
class MeetingSeriesTest {

    private static final MunicipalityId GOTLAND = new MunicipalityId("gotland");
    private static final MeetingSeriesId KEY_PERSON_MEETINGS = new MeetingSeriesId("nyckelpersonstraffar");
    private static final LocalDate MAY_11 = LocalDate.of(2023, 5, 11);
    private static final MeetingSeriesDefined DEFINED =
            new MeetingSeriesDefined(GOTLAND, KEY_PERSON_MEETINGS, "Nyckelpersonsträffar", 2);

    private AggregateTestFixture<MeetingSeries> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MeetingSeries.class);
    }

    private static RecordMeeting meeting(LocalDate date, Integer participants) {
        return new RecordMeeting(GOTLAND, KEY_PERSON_MEETINGS, date, participants, "uppstart av strukturen", null);
    }

    @Test
    void definesASeriesWithHowOftenItMustMeet() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new MeetingSeries(new DefineMeetingSeries(GOTLAND, KEY_PERSON_MEETINGS,
                        "Nyckelpersonsträffar", 2)))
                .expectEvents(DEFINED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void aSeriesHasAName(String name) {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new MeetingSeries(new DefineMeetingSeries(GOTLAND, KEY_PERSON_MEETINGS, name,
                        2)))
                .expectNoEvents()
                .expectException(rejected(INVALID, "name"))
                .expectExceptionMessage("meeting series nyckelpersonstraffar needs a name");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -6})
    void aSeriesMeetsAtLeastOnceAYear(int requiredPerYear) {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new MeetingSeries(new DefineMeetingSeries(GOTLAND, KEY_PERSON_MEETINGS,
                        "Nyckelpersonsträffar", requiredPerYear)))
                .expectNoEvents()
                .expectException(rejected(INVALID, "requiredPerYear"))
                .expectExceptionMessage("a meeting series meets at least once a year, got " + requiredPerYear);
    }

    @Test
    void recordsAMeetingHeldAndReturnsTheSeriesVersion() {
        fixture.given(DEFINED)
                .when(meeting(MAY_11, 80))
                .expectEvents(new MeetingHeld(GOTLAND, KEY_PERSON_MEETINGS, MAY_11, 80, "uppstart av strukturen"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void theNumberOfParticipantsMayBeUnknown() {
        fixture.given(DEFINED)
                .when(meeting(MAY_11, null))
                .expectEvents(new MeetingHeld(GOTLAND, KEY_PERSON_MEETINGS, MAY_11, null, "uppstart av strukturen"));
    }

    @Test
    void noOneAttendingIsACountToo() {
        fixture.given(DEFINED)
                .when(meeting(MAY_11, 0))
                .expectEvents(new MeetingHeld(GOTLAND, KEY_PERSON_MEETINGS, MAY_11, 0, "uppstart av strukturen"));
    }

    @Test
    void theNumberOfParticipantsIsNotNegative() {
        fixture.given(DEFINED)
                .when(meeting(MAY_11, -1))
                .expectNoEvents()
                .expectException(rejected(INVALID, "participants"))
                .expectExceptionMessage("the number of participants must not be negative, got -1");
    }

    @Test
    void aMeetingIsDated() {
        fixture.given(DEFINED)
                .when(meeting(null, 80))
                .expectNoEvents()
                .expectException(rejected(INVALID, "date"))
                .expectExceptionMessage("the date of the meeting is required");
    }

    @Test
    void aSeriesMeetsAtMostOnceADaySoAMeetingIsNotCountedTwice() {
        fixture.given(DEFINED, new MeetingHeld(GOTLAND, KEY_PERSON_MEETINGS, MAY_11, 80, null))
                .when(meeting(MAY_11, 79))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("meeting series nyckelpersonstraffar already has a meeting on 2023-05-11");
    }

    @Test
    void aMeetingOfAnUnknownSeriesIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(meeting(MAY_11, 80))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }
}
