package se.vinr.ledger.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import se.vinr.ledger.web.problem.Problems;

import java.io.IOException;

/**
 * 401, 403 and requests the firewall rejects (encoded slashes, {@code ..}, control characters in the path) as
 * {@code application/problem+json}, the way every other error of the API is answered.
 */
public final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final String challenge;

    /** @param challenge the {@code WWW-Authenticate} header value a 401 carries */
    SecurityProblems(String challenge) {
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        write(response, HttpStatus.UNAUTHORIZED, Problems.UNAUTHORIZED, "Authentication required",
                "Send valid credentials to use the API");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        forbidden(response, e.getMessage());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        write(response, HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, "Invalid request",
                "The request's path or headers are not acceptable: " + e.getMessage());
    }

    static void forbidden(HttpServletResponse response, String detail) throws IOException {
        write(response, HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden", detail);
    }

    private static void write(HttpServletResponse response, HttpStatus status, String type, String title,
                              String detail) throws IOException {
        Problems.write(response, status, type, title, detail);
    }
}
