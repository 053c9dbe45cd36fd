package se.vinr.ledger.events.training;

import se.vinr.ledger.events.common.BusinessDated;
import se.vinr.ledger.events.common.CourseCode;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.MunicipalityScoped;
import se.vinr.ledger.events.common.PersonRef;
import se.vinr.ledger.events.common.UnitId;

import java.time.LocalDate;

/** One member of staff of a unit completed a course; a person completes a course at most once. */
public record TrainingCompleted(MunicipalityId municipalityId, CourseCode courseCode, UnitId unitId,
                                LocalDate completedOn, PersonRef personRef)
        implements MunicipalityScoped, BusinessDated {

    @Override
    public LocalDate businessDate() {
        return completedOn;
    }
}
