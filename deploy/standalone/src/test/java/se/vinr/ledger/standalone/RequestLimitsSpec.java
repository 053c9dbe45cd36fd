package se.vinr.ledger.standalone;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies over 1 MiB are refused with 413 before anything reads them, whether their length is declared or not. */
abstract class RequestLimitsSpec extends ApiTest {

    @LocalServerPort
    int port;

    private static byte[] unitWithNameOf(int bytes) {
        return ("{\"unitId\": \"u1\", \"name\": \"" + "x".repeat(bytes) + "\", \"department\": \"IFO\", "
                + "\"operator\": \"OWN\", \"headcount\": 5}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBodyOverOneMebibyteIs413AndStoresNothing() throws Exception {
        String m = newMunicipality();
        long before = storedEvents(m);

        HttpResponse<String> declared = send(m, HttpRequest.BodyPublishers.ofByteArray(unitWithNameOf(2 << 20)));
        HttpResponse<String> chunked = send(m, HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(unitWithNameOf(2 << 20))));

        for (HttpResponse<String> response : java.util.List.of(declared, chunked)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("urn:vinr:problem:payload-too-large").contains("1048576");
        }
        assertThat(storedEvents(m)).isEqualTo(before);
    }

    @Test
    void aBodyJustUnderTheLimitIsReadAndJudgedOnItsContent() throws Exception {
        String m = newMunicipality();

        HttpResponse<String> response = send(m, HttpRequest.BodyPublishers.ofByteArray(unitWithNameOf(1_000_000)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("name");
    }

    private HttpResponse<String> send(String m, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/municipalities/"
                        + m + "/units"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(body).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}

@OnH2
class RequestLimitsOnH2Test extends RequestLimitsSpec {
}

@OnPostgres
class RequestLimitsOnPostgresTest extends RequestLimitsSpec {
}
