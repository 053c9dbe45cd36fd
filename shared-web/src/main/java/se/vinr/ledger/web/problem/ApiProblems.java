package se.vinr.ledger.web.problem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * What Spring MVC itself refuses, as RFC 9457 problem+json with an {@code errors} list of {field, message}: the
 * part of error handling every service of the API shares. The command side extends it with its own refusals; a
 * service without such an advice gets {@link FallbackProblems}.
 */
public abstract class ApiProblems extends ResponseEntityExceptionHandler {

    protected static final URI INVALID = URI.create(Problems.INVALID_REQUEST);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    protected ResponseEntity<Object> badPathOrParameter(MethodArgumentTypeMismatchException e) {
        Throwable root = e.getMostSpecificCause();
        return problem(HttpStatus.BAD_REQUEST, INVALID, "Invalid request", root.getMessage(),
                List.of(error(e.getName(), root.getMessage())));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> error(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, INVALID, "Invalid request", "invalid parameters", errors);
    }

    /** Spring's own refusals (405, 406, 415, a missing header, …) with the API's problem type and errors list. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && ABOUT_BLANK.equals(problem.getType())) {
            problem.setType(URI.create(Problems.typeOf(statusCode.value())));
            if (problem.getProperties() == null || !problem.getProperties().containsKey("errors")) {
                problem.setProperty("errors", List.of());
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** One entry of a problem's {@code errors}; a null field stands for the request as a whole. */
    protected static Map<String, String> error(String field, String text) {
        String message = text == null ? "invalid" : text;
        return field == null ? Map.of("message", message) : Map.of("field", field, "message", message);
    }

    protected static ResponseEntity<Object> problem(HttpStatus status, URI type, String title, String detail,
                                                    List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
