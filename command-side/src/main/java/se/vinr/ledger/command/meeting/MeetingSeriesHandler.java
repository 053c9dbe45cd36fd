package se.vinr.ledger.command.meeting;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import se.vinr.ledger.command.organisation.Municipalities;

/** Defines meeting series: only of a registered municipality, and each series id once. */
@Component
public class MeetingSeriesHandler {

    private final Municipalities municipalities;
    private final Repository<MeetingSeries> series;

    public MeetingSeriesHandler(Municipalities municipalities, Repository<MeetingSeries> series) {
        this.municipalities = municipalities;
        this.series = series;
    }

    /** Returns the new series' version, which is 0. */
    @CommandHandler
    public long handle(DefineMeetingSeries command) throws Exception {
        return municipalities.create(command.municipalityId(), command.aggregateId(),
                "meeting series " + command.seriesId(), series, () -> new MeetingSeries(command));
    }
}
