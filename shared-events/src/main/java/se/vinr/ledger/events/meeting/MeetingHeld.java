package se.vinr.ledger.events.meeting;

import se.vinr.ledger.events.common.BusinessDated;
import se.vinr.ledger.events.common.MeetingSeriesId;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.MunicipalityScoped;

import java.time.LocalDate;

/** A meeting of a series took place; {@code participants} is null where the number is not known. */
public record MeetingHeld(MunicipalityId municipalityId, MeetingSeriesId seriesId, LocalDate date,
                          Integer participants, String theme) implements MunicipalityScoped, BusinessDated {

    @Override
    public LocalDate businessDate() {
        return date;
    }
}
