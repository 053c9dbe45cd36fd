package se.vinr.ledger.events.meeting;

import se.vinr.ledger.events.common.MeetingSeriesId;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.MunicipalityScoped;

/**
 * A recurring meeting and how often it must meet, e.g. key-person meetings twice a year, a FREDA case group monthly
 * (12), an internal collaboration group at least six times a year.
 */
public record MeetingSeriesDefined(MunicipalityId municipalityId, MeetingSeriesId seriesId, String name,
                                   int requiredPerYear) implements MunicipalityScoped {
}
