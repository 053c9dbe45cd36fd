package se.vinr.ledger.web.problem;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors raised outside Spring MVC's exception handling are problem+json too, and say nothing of the code. */
@SpringBootTest(classes = ContainerProblemsTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vinr.security.admin-password=" + ContainerProblemsTest.PASSWORD)
class ContainerProblemsTest {

    static final String PASSWORD = "container-problems";

    @LocalServerPort
    int port;

    @Test
    void anExceptionNothingHandledIsA500ProblemWithoutItsMessage() throws Exception {
        HttpResponse<String> response = get("/api/failing");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"urn:vinr:problem:server-error\"", "\"status\":500")
                .doesNotContain("IllegalStateException", "secret", "se.vinr");
    }

    @Test
    void aPathTomcatRefusesBeforeTheApplicationIsA400Problem() throws Exception {
        HttpResponse<String> response = get("/api/a%2F..%2Fb");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"urn:vinr:problem:invalid-request\"", "\"status\":400")
                .doesNotContain("<html");
    }

    @Test
    void theErrorPageAskedForDirectlyIsA404Problem() throws Exception {
        HttpResponse<String> response = get("/error");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"type\":\"urn:vinr:problem:not-found\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @SpringBootApplication
    static class App {

        @RestController
        @Access(Role.ADMIN)
        static class Failing {

            @GetMapping("/api/failing")
            String fail() {
                throw new IllegalStateException("secret se.vinr.ledger.Internal detail");
            }
        }
    }
}
