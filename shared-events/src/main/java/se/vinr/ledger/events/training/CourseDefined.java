package se.vinr.ledger.events.training;

import se.vinr.ledger.events.common.CourseCode;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.MunicipalityScoped;

import java.math.BigDecimal;

/**
 * A course enters the municipality's catalogue, e.g. NCK's web course on violence. {@code stimulusPerCertificateSek}
 * is the state stimulus paid per completion certificate sent in (500 SEK for the NCK course), null where none is paid.
 */
public record CourseDefined(MunicipalityId municipalityId, CourseCode courseCode, String title, String provider,
                            BigDecimal stimulusPerCertificateSek) implements MunicipalityScoped {
}
