package se.vinr.ledger.web.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import se.vinr.ledger.web.problem.Problems;

import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * The headers the API reads as one value. Sent twice, a request means two things at once (the servlet container
 * reads the first Content-Type, a proxy may read the last), so it is refused with 400 before anything acts on it.
 */
public class SingleValuedHeaders extends OncePerRequestFilter {

    static final List<String> NAMES = List.of("Content-Type", "Authorization", "If-Match", "Idempotency-Key",
            "X-Correlation-Id");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String name : NAMES) {
            if (Collections.list(request.getHeaders(name)).size() > 1) {
                Problems.write(response, HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, "Invalid request",
                        name + " must be sent at most once", name);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
