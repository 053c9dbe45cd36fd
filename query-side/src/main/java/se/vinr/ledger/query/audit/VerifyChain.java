package se.vinr.ledger.query.audit;

/** Recompute the municipality's hash chain from the event store and compare. */
public record VerifyChain(String municipalityId) {
}
