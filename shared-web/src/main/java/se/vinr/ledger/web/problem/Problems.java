package se.vinr.ledger.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@code application/problem+json} answer where Spring MVC's exception handling does not reach (servlet
 * filters: authentication, the firewall, size limits; the container's own errors): the same fields as every other
 * error of the API.
 */
public final class Problems {

    public static final String INVALID_REQUEST = "urn:vinr:problem:invalid-request";
    public static final String UNAUTHORIZED = "urn:vinr:problem:unauthorized";
    public static final String FORBIDDEN = "urn:vinr:problem:forbidden";
    public static final String NOT_FOUND = "urn:vinr:problem:not-found";
    public static final String CONFLICT = "urn:vinr:problem:conflict";
    public static final String METHOD_NOT_ALLOWED = "urn:vinr:problem:method-not-allowed";
    public static final String NOT_ACCEPTABLE = "urn:vinr:problem:not-acceptable";
    public static final String PAYLOAD_TOO_LARGE = "urn:vinr:problem:payload-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "urn:vinr:problem:unsupported-media-type";
    public static final String SERVER_ERROR = "urn:vinr:problem:server-error";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String type, String title,
                             String detail) throws IOException {
        write(response, status, type, title, detail, null);
    }

    /** As {@link #write(HttpServletResponse, HttpStatus, String, String, String)}, naming the offending field. */
    public static void write(HttpServletResponse response, HttpStatus status, String type, String title,
                             String detail, String field) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json(status.value(), type, title, detail, field));
    }

    /** The problem as JSON text. */
    static String json(int status, String type, String title, String detail, String field) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("errors", field == null ? List.of() : List.of(Map.of("field", field, "message", detail)));
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    /** The problem type of a status the container or the framework answered by itself. */
    static String typeOf(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? SERVER_ERROR : "about:blank";
        };
    }
}
