package se.vinr.ledger.web.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers credentials that verified, by a SHA-256 of user and password: HTTP Basic sends the password with every
 * request, and checking it against its bcrypt hash each time would cost tens of milliseconds per call. Failed
 * attempts are never cached; the cache is in memory only and bounded.
 */
final class VerifiedCredentialsCache implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider delegate;
    private final Map<String, Authentication> verified = new ConcurrentHashMap<>();

    VerifiedCredentialsCache(AuthenticationProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String key = key(authentication);
        Authentication known = verified.get(key);
        if (known != null) {
            return known;
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, UsernamePasswordAuthenticationToken.authenticated(result.getPrincipal(), null,
                    result.getAuthorities()));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private static String key(Authentication authentication) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(authentication.getName().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(authentication.getCredentials()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
