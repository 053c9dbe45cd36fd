package se.vinr.ledger.query.training;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.vinr.ledger.query.NotFoundException;
import se.vinr.ledger.query.plan.KnownMunicipalities;

@Component
class TrainingQueryHandler {

    private final TrainingFigures figures;
    private final KnownMunicipalities municipalities;

    TrainingQueryHandler(TrainingFigures figures, KnownMunicipalities municipalities) {
        this.figures = figures;
        this.municipalities = municipalities;
    }

    @QueryHandler
    TrainingCoverage handle(FindTrainingCoverage query) {
        if (!municipalities.contains(query.municipalityId())) {
            throw NotFoundException.municipality(query.municipalityId());
        }
        return figures.coverage(query.municipalityId(), query.at());
    }
}
