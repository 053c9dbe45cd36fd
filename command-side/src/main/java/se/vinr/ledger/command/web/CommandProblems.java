package se.vinr.ledger.command.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import se.vinr.ledger.command.CommandRejectedException;
import se.vinr.ledger.command.Refusal;
import se.vinr.ledger.command.importing.ImportRejectedException;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.web.problem.ApiProblems;
import se.vinr.ledger.web.problem.Problems;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns everything a client can get wrong into RFC 9457 problem+json with an {@code errors} list of
 * {field, message}; a refused command has stored nothing. Anything else is a server fault and stays a 500.
 * It is not limited to the command controllers: errors raised before any controller is chosen (415, 405, 406)
 * come here too. Advice of the query side is ordered before it for the query controllers. What every service
 * shares (mistyped parameters, the problem body itself) is in {@link ApiProblems}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class CommandProblems extends ApiProblems {

    private static final URI NOT_FOUND = URI.create(Problems.NOT_FOUND);
    private static final URI CONFLICT = URI.create(Problems.CONFLICT);
    /** How Jackson's strict duplicate detection names the field (it is found outside any field's value). */
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("^Duplicate field '(.{1,200})'");

    @ExceptionHandler(CommandRejectedException.class)
    ResponseEntity<Object> rejected(CommandRejectedException e) {
        return switch (e.reason()) {
            case INVALID -> problem(HttpStatus.BAD_REQUEST, INVALID, "Invalid request", e.getMessage(),
                    List.of(error(e.field(), e.getMessage())));
            case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", e.getMessage(),
                    e.field() == null ? List.of() : List.of(error(e.field(), e.getMessage())));
            case CONFLICT -> problem(HttpStatus.CONFLICT, CONFLICT, "Conflict with the current state",
                    e.getMessage(), List.of());
        };
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<Object> importRejected(ImportRejectedException e) {
        return problem(e.status(), e.status() == HttpStatus.BAD_REQUEST ? INVALID
                        : e.status() == HttpStatus.NOT_FOUND ? NOT_FOUND : CONFLICT,
                "Data file not loaded", e.getMessage(),
                e.problems().stream().map(p -> error(p.path(), p.message())).toList());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found",
                "unknown " + AggregateIds.describe(String.valueOf(e.getAggregateIdentifier())), List.of());
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<Object> staleVersion(ConflictingAggregateVersionException e) {
        return problem(HttpStatus.CONFLICT, CONFLICT, "Stale version",
                "If-Match asked for version " + e.getExpectedVersion() + " but the current version is "
                        + e.getActualVersion(), List.of(error("If-Match", "stale version")));
    }

    /** Two writers raced for the same aggregate sequence, or an id was reused; the loser stored nothing. */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrentWrite(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, CONFLICT, "Concurrent modification",
                "another change to the same record was stored first; read it again and retry", List.of());
    }

    /** Handlers behind a remote command bus (Axon Server) arrive wrapped; unwrap what we know. */
    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> remote(CommandExecutionException e) throws CommandExecutionException {
        if (e.getCause() instanceof CommandRejectedException rejected) {
            return rejected(rejected);
        }
        if (e.getDetails().orElse(null) instanceof Refusal refusal) {
            return rejected(refusal.toException());
        }
        throw e;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map(f -> error(f.getField(), f.getDefaultMessage()))
                .toList());
    }

    /**
     * Constraints on parameters (a path variable, a query parameter) make Spring validate the whole method, the
     * body included: a body's errors are named by their field, a parameter's by its name in the request.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        return invalid(e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(err -> error(err instanceof FieldError field ? field.getField()
                                : nameInRequest(result.getMethodParameter()), err.getDefaultMessage())))
                .toList());
    }

    private static ResponseEntity<Object> invalid(List<Map<String, String>> errors) {
        String detail = errors.stream().map(m -> m.get("field") + ": " + m.get("message"))
                .collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, INVALID, "Invalid request", detail, errors);
    }

    /** A parameter as the client names it: the query parameter, path variable or header, else the Java name. */
    private static String nameInRequest(MethodParameter parameter) {
        for (Class<? extends Annotation> binding : List.of(RequestParam.class, PathVariable.class,
                RequestHeader.class)) {
            Annotation annotation = parameter.getParameterAnnotation(binding);
            String name = annotation == null ? "" : MergedAnnotation.from(annotation).getString("name");
            if (!name.isEmpty()) {
                return name;
            }
        }
        return parameter.getParameterName();
    }

    /**
     * An unreadable body: a field that could not be read is named; otherwise the body as a whole is described in
     * words of our own, since Jackson's messages name Java types.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = JsonProblems.path(mapping);
            String message = JsonProblems.describe(mapping);
            return problem(HttpStatus.BAD_REQUEST, INVALID, "Invalid request", field + ": " + message,
                    List.of(error(field, message)));
        }
        if (cause instanceof StreamConstraintsException) {
            return malformed("the JSON nests too deep, or holds a number or text too long to read");
        }
        if (cause instanceof JsonParseException parse) {
            Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(parse.getOriginalMessage()));
            if (duplicate.find()) {
                String message = "the field appears more than once";
                return problem(HttpStatus.BAD_REQUEST, INVALID, "Invalid request",
                        duplicate.group(1) + ": " + message, List.of(error(duplicate.group(1), message)));
            }
            return malformed("malformed JSON at line " + parse.getLocation().getLineNr() + ", column "
                    + parse.getLocation().getColumnNr() + ": " + parse.getOriginalMessage());
        }
        return malformed(cause instanceof JsonMappingException ? "the request body must be one JSON object"
                : "the request body is missing or is not JSON");
    }

    private static ResponseEntity<Object> malformed(String detail) {
        return problem(HttpStatus.BAD_REQUEST, INVALID, "Malformed request body", detail, List.of());
    }
}
