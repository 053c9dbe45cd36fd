package se.vinr.ledger.query.keyperson;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.vinr.ledger.query.NotFoundException;
import se.vinr.ledger.query.plan.KnownMunicipalities;

@Component
class KeyPersonQueryHandler {

    private final KeyPersonFigures figures;
    private final KnownMunicipalities municipalities;

    KeyPersonQueryHandler(KeyPersonFigures figures, KnownMunicipalities municipalities) {
        this.figures = figures;
        this.municipalities = municipalities;
    }

    @QueryHandler
    KeyPersonCoverage handle(FindKeyPersonCoverage query) {
        if (!municipalities.contains(query.municipalityId())) {
            throw NotFoundException.municipality(query.municipalityId());
        }
        return figures.coverage(query.municipalityId(), query.at());
    }
}
