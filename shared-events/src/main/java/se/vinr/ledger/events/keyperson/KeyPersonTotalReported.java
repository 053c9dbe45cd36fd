package se.vinr.ledger.events.keyperson;

import se.vinr.ledger.events.common.BusinessDated;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.MunicipalityScoped;
import se.vinr.ledger.events.common.Source;

import java.time.LocalDate;

/**
 * The number of key persons a document reports for a date where the individuals are not known (historic reports):
 * a reported total, never to be added to the key persons registered one by one. The {@code source} is part of the
 * figure, so it is in the payload and not only in the metadata.
 */
public record KeyPersonTotalReported(MunicipalityId municipalityId, int count, LocalDate asOf, Source source)
        implements MunicipalityScoped, BusinessDated {

    @Override
    public LocalDate businessDate() {
        return asOf;
    }
}
