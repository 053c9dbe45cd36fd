package se.vinr.ledger.query.projection;

/** A replay that cannot start now (one is running) or ever (handlers without reset support). */
public class ReplayRefusedException extends RuntimeException {

    ReplayRefusedException(String name, String why) {
        super("Projection " + name + " cannot be rebuilt: " + why);
    }
}
