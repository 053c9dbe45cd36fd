package se.vinr.ledger.command.meeting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.command.InMemoryCommandSide;
import se.vinr.ledger.command.organisation.RegisterMunicipality;
import se.vinr.ledger.events.common.MeetingSeriesId;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.meeting.MeetingHeld;
import se.vinr.ledger.events.meeting.MeetingSeriesDefined;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vinr.ledger.command.CommandRejectedException.Reason.CONFLICT;
import static se.vinr.ledger.command.CommandRejectedException.Reason.NOT_FOUND;
import static se.vinr.ledger.command.organisation.Rejection.assertRejected;

/** {@link MeetingSeriesHandler} wired as in the application: series of registered municipalities, each id once. */
class MeetingSeriesHandlerTest {

    private static final MunicipalityId SUNDBYBERG = new MunicipalityId("sundbyberg");
    private static final MeetingSeriesId GROUP = new MeetingSeriesId("intern-samverkansgrupp");
    private static final DefineMeetingSeries DEFINE =
            new DefineMeetingSeries(SUNDBYBERG, GROUP, "Intern samverkansgrupp", 6);

    private final InMemoryCommandSide commandSide = new InMemoryCommandSide();

    @BeforeEach
    void setUp() {
        commandSide.handler(new MeetingSeriesHandler(commandSide.municipalities(),
                commandSide.aggregate(MeetingSeries.class)));
    }

    @Test
    void definesASeriesAtVersion0WhoseMeetingsAreThenRecorded() {
        commandSide.send(new RegisterMunicipality(SUNDBYBERG, "Sundbybergs stad", "0183"));

        long defined = commandSide.send(DEFINE);
        long held = commandSide.send(new RecordMeeting(SUNDBYBERG, GROUP, LocalDate.of(2018, 2, 6), 9, null, 0L));

        assertThat(defined).isZero();
        assertThat(held).isEqualTo(1);
        assertThat(commandSide.payloadsOf(DEFINE.aggregateId())).containsExactly(
                new MeetingSeriesDefined(SUNDBYBERG, GROUP, "Intern samverkansgrupp", 6),
                new MeetingHeld(SUNDBYBERG, GROUP, LocalDate.of(2018, 2, 6), 9, null));
    }

    @Test
    void aSeriesOfAnUnknownMunicipalityIsNotFound() {
        assertRejected(() -> commandSide.send(DEFINE), NOT_FOUND, null, "unknown municipality sundbyberg");
        assertThat(commandSide.exists(DEFINE.aggregateId())).isFalse();
    }

    @Test
    void aSeriesIdIsDefinedOnce() {
        commandSide.send(new RegisterMunicipality(SUNDBYBERG, "Sundbybergs stad", "0183"));
        commandSide.send(DEFINE);

        assertRejected(() -> commandSide.send(DEFINE), CONFLICT, null,
                "meeting series intern-samverkansgrupp already exists in municipality sundbyberg");
        assertThat(commandSide.payloadsOf(DEFINE.aggregateId())).hasSize(1);
    }
}
