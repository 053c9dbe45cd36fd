package se.vinr.ledger.command.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.vinr.ledger.web.problem.Problems;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on any POST or PUT of the API: the key is claimed (a row per caller and key) in the same
 * transaction as the events the write causes, and the answer is stored with it; the 2xx goes out only after that
 * transaction has committed. A repeat with the same key and the same request gets the stored answer (header
 * {@code Idempotent-Replayed: true}) and stores nothing; the same key with another request is 422. A concurrent
 * repeat waits for the first and then gets its answer. Refused requests (4xx) and failures are not remembered, so a
 * corrected request may reuse the key. Keys survive restarts (they are in the database).
 */
@Component
public class IdempotencyKeys extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final String KEY_PATTERN = "^[A-Za-z0-9._:-]{1,200}$";
    private static final Pattern ACCEPTABLE = Pattern.compile(KEY_PATTERN);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Cache aggregateCache;

    IdempotencyKeys(JdbcClient jdbc, PlatformTransactionManager transactionManager,
                    @Qualifier("aggregateCache") Cache aggregateCache) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.aggregateCache = aggregateCache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return request.getHeader(HEADER) == null || !request.getRequestURI().startsWith("/api/")
                || !(method.equals("POST") || method.equals("PUT"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!ACCEPTABLE.matcher(key).matches()) {
            Problems.write(response, HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, "Invalid request",
                    HEADER + " must be 1-200 letters, digits or . _ : -", HEADER);
            return;
        }
        Principal principal = request.getUserPrincipal();
        String user = principal == null ? "anonymous" : principal.getName();
        byte[] body = request.getInputStream().readAllBytes();
        String hash = hash(request, body);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            transaction.executeWithoutResult(status -> {
                // Claimed first: a concurrent repeat blocks on this row until the first commits, then fails here.
                jdbc.sql("INSERT INTO idempotency_key (user_id, idem_key, request_hash, status, created_at) "
                                + "VALUES (?, ?, ?, 0, ?)")
                        .params(user, key, hash, java.sql.Timestamp.from(Instant.now())).update();
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int outcome) {
                        if (outcome != STATUS_COMMITTED) {
                            // the cache may hold state of aggregates whose events were just rolled back
                            aggregateCache.removeAll();
                        }
                    }
                });
                try {
                    chain.doFilter(new CachedBody(request, body), answer);
                } catch (IOException | ServletException e) {
                    throw new IllegalStateException(e);
                }
                if (answer.getStatus() / 100 != 2) {
                    status.setRollbackOnly();
                    return;
                }
                jdbc.sql("UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, body = ? "
                                + "WHERE user_id = ? AND idem_key = ?")
                        .params(answer.getStatus(), answer.getContentType(), answer.getHeader(HttpHeaders.LOCATION),
                                new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8), user, key)
                        .update();
            });
        } catch (DuplicateKeyException repeated) {
            replay(response, user, key, hash);
            return;
        }
        answer.copyBodyToResponse();
    }

    private void replay(HttpServletResponse response, String user, String key, String hash) throws IOException {
        Optional<Stored> stored = jdbc.sql("SELECT request_hash, status, content_type, location, body "
                        + "FROM idempotency_key WHERE user_id = ? AND idem_key = ?").params(user, key)
                .query((rs, i) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .optional();
        if (stored.isEmpty()) {
            // the first request with this key was refused or failed meanwhile and is not remembered
            Problems.write(response, HttpStatus.CONFLICT, Problems.CONFLICT, "Conflict",
                    "A request with this " + HEADER + " was being processed; send it again");
            return;
        }
        Stored first = stored.get();
        if (!first.hash().equals(hash)) {
            Problems.write(response, HttpStatus.UNPROCESSABLE_ENTITY, "urn:vinr:problem:idempotency-key-reused",
                    "Idempotency-Key reused", "This " + HEADER + " was used for a different request");
            return;
        }
        response.setStatus(first.status());
        response.setHeader(REPLAYED, "true");
        if (first.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, first.location());
        }
        if (first.contentType() != null) {
            response.setContentType(first.contentType());
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(first.body() == null ? "" : first.body());
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record Stored(String hash, int status, String contentType, String location, String body) {
    }

    /** The request with its body read once into memory (the size limit bounds it), so it can be hashed and sent. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
