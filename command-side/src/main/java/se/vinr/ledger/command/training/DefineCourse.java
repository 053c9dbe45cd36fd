package se.vinr.ledger.command.training;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.CourseCode;
import se.vinr.ledger.events.common.MunicipalityId;

import java.math.BigDecimal;

/** Adds a course to the municipality's catalogue; {@code stimulusPerCertificateSek} may be null (none paid). */
public record DefineCourse(MunicipalityId municipalityId, CourseCode courseCode, String title, String provider,
                           BigDecimal stimulusPerCertificateSek) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.course(municipalityId, courseCode);
    }
}
