package se.vinr.ledger.web.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The production mode: callers present JWTs; grants come from the token's claims. */
@SpringBootTest(classes = JwtModeTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vinr.security.mode=jwt")
class JwtModeTest {

    private static final KeyPair KEYS = rsa();

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void issuerKey(DynamicPropertyRegistry registry) throws Exception {
        Path pem = Files.createTempFile("issuer", ".pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        pem.toFile().deleteOnExit();
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    @Test
    void aTokenGrantsItsRolesInItsMunicipalitiesOnly() throws Exception {
        String reporter = token(Map.of("vinr_grants", Map.of("gotland", List.of("REPORTER", "SOMETHING_ELSE"))),
                Instant.now().plusSeconds(300));

        assertThat(get("/t/gotland", reporter).getStatusCode().value()).isEqualTo(200);
        assertThat(get("/t/gotland", reporter).getBody()).isEqualTo("sub-1");
        ResponseEntity<String> foreign = get("/t/goteborg", reporter);
        assertThat(foreign.getStatusCode().value()).isEqualTo(403);
        assertThat(foreign.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    }

    @Test
    void rolesForAllMunicipalitiesComeFromTheRolesClaim() throws Exception {
        String admin = token(Map.of("vinr_roles", List.of("ADMIN")), Instant.now().plusSeconds(300));

        assertThat(get("/t/goteborg", admin).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void noTokenAnExpiredOneOrOneFromAnotherIssuerIs401() throws Exception {
        String expired = token(Map.of("vinr_roles", List.of("ADMIN")), Instant.now().minusSeconds(300));
        KeyPair other = rsa();
        String forged = sign(Map.of("vinr_roles", List.of("ADMIN")), Instant.now().plusSeconds(300),
                (RSAPrivateKey) other.getPrivate());

        for (String token : new String[]{null, expired, forged, "garbage"}) {
            ResponseEntity<String> response = get("/t/gotland", token);
            assertThat(response.getStatusCode().value()).isEqualTo(401);
            assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
            assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        }
    }

    private ResponseEntity<String> get(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange(path.replace("/t/", "/api/t/"), HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static String token(Map<String, Object> claims, Instant expires) throws Exception {
        return sign(claims, expires, (RSAPrivateKey) KEYS.getPrivate());
    }

    private static String sign(Map<String, Object> claims, Instant expires, RSAPrivateKey key) throws Exception {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().subject("sub-1").expirationTime(Date.from(expires));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SpringBootApplication
    static class App {

        @RestController
        @Access(Role.REPORTER)
        static class Endpoint {

            @GetMapping("/api/t/{municipalityId}")
            String who(@PathVariable String municipalityId, java.security.Principal principal) {
                return principal.getName();
            }
        }
    }
}
