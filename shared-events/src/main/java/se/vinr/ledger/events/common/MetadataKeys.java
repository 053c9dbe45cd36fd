package se.vinr.ledger.events.common;

/**
 * Keys of the metadata every command carries and every event inherits from it (Axon copies them through its
 * correlation data providers): the request's correlation id, the id of the causing message, who, where, how.
 */
public final class MetadataKeys {

    public static final String USER_ID = "userId";
    public static final String ROLES = "roles";
    public static final String MUNICIPALITY_ID = "municipalityId";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String CLIENT_IP = "clientIp";
    public static final String USER_AGENT = "userAgent";
    /** Provenance of the recorded fact, see {@link Source}. */
    public static final String SOURCE_DOCUMENT = "sourceDocument";
    public static final String SOURCE_PASSAGE = "sourcePassage";

    private MetadataKeys() {
    }
}
