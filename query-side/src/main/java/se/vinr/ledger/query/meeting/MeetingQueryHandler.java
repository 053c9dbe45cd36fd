package se.vinr.ledger.query.meeting;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.vinr.ledger.query.NotFoundException;
import se.vinr.ledger.query.plan.KnownMunicipalities;

@Component
class MeetingQueryHandler {

    private final MeetingFigures figures;
    private final KnownMunicipalities municipalities;

    MeetingQueryHandler(MeetingFigures figures, KnownMunicipalities municipalities) {
        this.figures = figures;
        this.municipalities = municipalities;
    }

    @QueryHandler
    MeetingOverview handle(FindMeetings query) {
        if (!municipalities.contains(query.municipalityId())) {
            throw NotFoundException.municipality(query.municipalityId());
        }
        return figures.overview(query.municipalityId(), query.at());
    }
}
