package se.vinr.ledger.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import se.vinr.ledger.events.plan.ConsultationResponseRecorded;

/**
 * ConsultationResponseRecorded revision 1 (stored without a revision) had only {@code date}, the date of the answer;
 * revision 2 added {@code answeredBy}, the date the history places the answer on. A revision-1 event was always
 * dated (undated answers were refused then), so its answer is placed on its own date. Events recorded between the
 * field's arrival and the revision number already carry it and keep it.
 */
public class ConsultationResponseAnsweredBy extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(ConsultationResponseRecorded.class.getName(), null);
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(ConsultationResponseRecorded.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            if (payload instanceof ObjectNode event && event.path("answeredBy").isMissingNode()) {
                event.set("answeredBy", event.path("date").isMissingNode() ? event.nullNode() : event.get("date"));
            }
            return payload;
        });
    }
}
