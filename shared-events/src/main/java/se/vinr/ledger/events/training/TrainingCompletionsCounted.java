package se.vinr.ledger.events.training;

import se.vinr.ledger.events.common.BusinessDated;
import se.vinr.ledger.events.common.CourseCode;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.MunicipalityScoped;
import se.vinr.ledger.events.common.UnitId;

import java.time.LocalDate;

/**
 * A counted batch: {@code count} more people completed a course by {@code completedOn}, individuals unknown.
 * {@code unitId} is null where the report does not say which units they work in.
 */
public record TrainingCompletionsCounted(MunicipalityId municipalityId, CourseCode courseCode, UnitId unitId,
                                         LocalDate completedOn, int count)
        implements MunicipalityScoped, BusinessDated {

    @Override
    public LocalDate businessDate() {
        return completedOn;
    }
}
