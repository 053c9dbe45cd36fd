package se.vinr.ledger.events.plan;

import org.axonframework.serialization.Revision;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;

import java.time.LocalDate;

/**
 * A consulted body's answer. {@code date} is the date of the answer where the documents give one (often they do
 * not); {@code answeredBy} is the date the history places it on: that date, else the consultation's deadline,
 * else the day the consultation was sent. Revision 2 added {@code answeredBy} (see ConsultationResponseAnsweredBy).
 */
@Revision("2")
public record ConsultationResponseRecorded(MunicipalityId municipalityId, PlanId planId, int consultation,
                                           String body, Stance stance, String summary, LocalDate date,
                                           LocalDate answeredBy)
        implements PlanEvent {

    @Override
    public LocalDate businessDate() {
        return answeredBy;
    }
}
