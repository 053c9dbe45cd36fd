package se.vinr.ledger.query.audit;

/** The municipality's signed checkpoints, oldest first. */
public record FindCheckpoints(String municipalityId) {
}
