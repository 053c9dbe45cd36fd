package se.vinr.ledger.query;

import org.axonframework.queryhandling.QueryExecutionException;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;

/**
 * A query asked for something that does not exist (at the asked point in time). It is a
 * {@link QueryExecutionException} carrying {@link Details} because Axon forwards the details of such exceptions to
 * the caller even when the handler runs on another node (Axon Server), where the exception type itself is lost.
 */
public class NotFoundException extends QueryExecutionException {

    public record Details(String title, String detail) {
    }

    public NotFoundException(String title, String detail) {
        super(detail, null, new Details(title, detail));
    }

    public static NotFoundException municipality(MunicipalityId municipalityId) {
        return new NotFoundException("Municipality not found", "No municipality '" + municipalityId + "'");
    }

    public static NotFoundException plan(MunicipalityId municipalityId, PlanId planId) {
        return new NotFoundException("Plan not found",
                "No plan '" + planId + "' in municipality '" + municipalityId + "' at the requested point in time");
    }
}
