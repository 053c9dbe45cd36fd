package se.vinr.ledger.command.importing;

import org.springframework.http.HttpStatus;

import java.util.List;

/** A data file that was not loaded, with every problem found; nothing of it was stored. */
public class ImportRejectedException extends RuntimeException {

    private final HttpStatus status;
    private final List<ImportProblem> problems;

    public ImportRejectedException(HttpStatus status, String message, List<ImportProblem> problems) {
        super(message, null, false, false);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public HttpStatus status() {
        return status;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
