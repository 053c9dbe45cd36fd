package se.vinr.ledger.query.screening;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.vinr.ledger.query.NotFoundException;
import se.vinr.ledger.query.plan.KnownMunicipalities;

@Component
class ScreeningQueryHandler {

    private final ScreeningFigures figures;
    private final KnownMunicipalities municipalities;

    ScreeningQueryHandler(ScreeningFigures figures, KnownMunicipalities municipalities) {
        this.figures = figures;
        this.municipalities = municipalities;
    }

    @QueryHandler
    ScreeningOverview handle(FindScreenings query) {
        if (!municipalities.contains(query.municipalityId())) {
            throw NotFoundException.municipality(query.municipalityId());
        }
        return figures.overview(query.municipalityId(), query.at(), query.from(), query.to());
    }
}
