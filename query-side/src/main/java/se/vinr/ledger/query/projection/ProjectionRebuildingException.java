package se.vinr.ledger.query.projection;

/** A view was asked for while a projection it reads is being rebuilt. */
public class ProjectionRebuildingException extends RuntimeException {

    /** Seconds a client should wait before asking again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    ProjectionRebuildingException(String name) {
        super("The projection " + name + " is being rebuilt from the event store; ask again shortly");
    }
}
