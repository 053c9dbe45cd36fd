package se.vinr.ledger.query.meeting;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.PointInTime;

public record FindMeetings(MunicipalityId municipalityId, PointInTime at) {
}
