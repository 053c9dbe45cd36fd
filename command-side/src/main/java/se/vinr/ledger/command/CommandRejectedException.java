package se.vinr.ledger.command;

/**
 * A command refused by a business rule. Nothing is stored. The web layer turns the {@link Reason} into the HTTP
 * status (400, 404, 409) and {@code field} into the problem's {@code errors} entry.
 */
public class CommandRejectedException extends RuntimeException {

    public enum Reason {
        /** The command contradicts itself or the rules for its own fields (400). */
        INVALID,
        /** It refers to something that does not exist (404). */
        NOT_FOUND,
        /** It conflicts with the current state (409). */
        CONFLICT
    }

    private final Reason reason;
    private final String field;

    public CommandRejectedException(Reason reason, String field, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.field = field;
    }

    public static CommandRejectedException invalid(String field, String message) {
        return new CommandRejectedException(Reason.INVALID, field, message);
    }

    public static CommandRejectedException notFound(String field, String message) {
        return new CommandRejectedException(Reason.NOT_FOUND, field, message);
    }

    public static CommandRejectedException conflict(String message) {
        return new CommandRejectedException(Reason.CONFLICT, null, message);
    }

    public Reason reason() {
        return reason;
    }

    /** The offending field as a JSON path in the request ({@code goals[0].activities[1].code}), or null. */
    public String field() {
        return field;
    }
}
