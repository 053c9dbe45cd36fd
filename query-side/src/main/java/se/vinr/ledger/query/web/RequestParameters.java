package se.vinr.ledger.query.web;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;

import java.util.function.Function;

/** Path values turned into ids; a malformed one is the client's mistake (400), never a server error. */
public final class RequestParameters {

    private RequestParameters() {
    }

    public static MunicipalityId municipalityId(String value) {
        return parse("municipalityId", value, MunicipalityId::new);
    }

    public static PlanId planId(String value) {
        return parse("planId", value, PlanId::new);
    }

    private static <T> T parse(String field, String value, Function<String, T> constructor) {
        try {
            return constructor.apply(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, e.getMessage());
        }
    }
}
