package se.vinr.ledger.command.training;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.CourseCode;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.UnitId;

import java.time.LocalDate;

/**
 * Either one person's completion ({@code personRef}, a pseudonym, with the person's unit) or a counted batch
 * ({@code count}, the unit where the report gives it), never both. {@code expectedVersion} is the course's.
 */
public record RecordTrainingCompletion(MunicipalityId municipalityId, CourseCode courseCode, UnitId unitId,
                                       LocalDate completedOn, String personRef, Integer count,
                                       Long expectedVersion) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.course(municipalityId, courseCode);
    }
}
