package se.vinr.ledger.command.importing;

/** One thing wrong with a data file, at its path in the file, e.g. {@code plans[0].history[3].decision.decisionDate}. */
public record ImportProblem(String path, String message) {
}
