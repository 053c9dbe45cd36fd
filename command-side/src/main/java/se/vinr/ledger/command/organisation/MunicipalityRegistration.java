package se.vinr.ledger.command.organisation;

/**
 * The result of {@link RegisterMunicipality}: the municipality's version and whether this command created it, so
 * that a repeated registration (an idempotent PUT) can be told apart from the first one.
 */
public record MunicipalityRegistration(long version, boolean created) {
}
