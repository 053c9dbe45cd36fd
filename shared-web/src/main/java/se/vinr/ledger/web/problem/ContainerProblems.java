package se.vinr.ledger.web.problem;

import org.springframework.http.HttpStatus;

/**
 * The answer to an error the servlet container raised by itself, outside Spring MVC: a request line, path or header
 * it could not read, or an exception nothing handled. The detail is ours, never the container's message or the
 * exception's, which may quote the request or name the code.
 */
final class ContainerProblems {

    private ContainerProblems() {
    }

    static String json(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error " + status : known.getReasonPhrase();
        String detail = switch (status) {
            case 400 -> "The request is not well-formed HTTP: its request line, path or headers cannot be read";
            case 404 -> "Nothing is served at this path";
            default -> status >= 500 ? "The service failed to answer this request; the failure has been logged"
                    : title;
        };
        return Problems.json(status, Problems.typeOf(status), title, detail, null);
    }
}
