package se.vinr.ledger.query.web;

import org.axonframework.messaging.HandlerExecutionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.vinr.ledger.query.NotFoundException;
import se.vinr.ledger.query.projection.ProjectionRebuildingException;
import se.vinr.ledger.query.projection.ReplayRefusedException;
import se.vinr.ledger.web.problem.Problem;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns the query side's errors into {@code application/problem+json}. */
@RestControllerAdvice(basePackages = "se.vinr.ledger.query")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class QueryProblemAdvice {

    static final String NOT_FOUND = "urn:vinr:problem:not-found";
    static final String INVALID_REQUEST = "urn:vinr:problem:invalid-request";
    static final String CONFLICT = "urn:vinr:problem:conflict";
    static final String UNAVAILABLE = "urn:vinr:problem:unavailable";

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Problem> invalidRequest(InvalidRequestException e) {
        return problem(new Problem(INVALID_REQUEST, "Invalid request", HttpStatus.BAD_REQUEST.value(), e.getMessage(),
                List.of(new Problem.FieldError(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(ReplayRefusedException.class)
    ResponseEntity<Problem> replayRefused(ReplayRefusedException e) {
        return problem(new Problem(CONFLICT, "Replay refused", HttpStatus.CONFLICT.value(), e.getMessage(),
                List.of()));
    }

    @ExceptionHandler(ProjectionRebuildingException.class)
    ResponseEntity<Problem> rebuilding(ProjectionRebuildingException e) {
        Problem problem = new Problem(UNAVAILABLE, "View being rebuilt", HttpStatus.SERVICE_UNAVAILABLE.value(),
                e.getMessage(), List.of());
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(ProjectionRebuildingException.RETRY_AFTER_SECONDS))
                .body(problem);
    }

    /**
     * The query gateway hands a handler's exception back wrapped (CompletionException, QueryExecutionException, or a
     * remote error that keeps only the details): look through the wrapping for a not-found; anything else is
     * rethrown and stays a server error.
     */
    @ExceptionHandler({CompletionException.class, ExecutionException.class, HandlerExecutionException.class})
    ResponseEntity<Problem> queryFailed(Exception e) throws Exception {
        Optional<Object> details = HandlerExecutionException.resolveDetails(e);
        if (details.orElse(null) instanceof NotFoundException.Details notFound) {
            return problem(new Problem(NOT_FOUND, notFound.title(), HttpStatus.NOT_FOUND.value(), notFound.detail(),
                    List.of()));
        }
        throw e;
    }

    private static ResponseEntity<Problem> problem(Problem problem) {
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
