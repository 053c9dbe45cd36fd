package se.vinr.ledger.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The services' HTTP API as a client sees it, signed in as {@code admin} with HTTP Basic. */
final class Api {

    static final String ADMIN_PASSWORD = "split-test-admin";
    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Sends a JSON body (or none) with the extra headers given as name/value pairs. */
    HttpResponse<String> send(String method, String url, String json, String... headers) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", AUTHORIZATION)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send("GET", url, null);
    }

    JsonNode getJson(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = get(url);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String municipality(String id) {
        return """
                {"name": "Kommun %s", "municipalityCode": "0999"}""".formatted(id);
    }

    static String unit(String unitId) {
        return """
                {"unitId": "%s", "name": "Enhet %s", "department": "Socialtjänsten", "operator": "OWN",
                 "headcount": 5}""".formatted(unitId, unitId);
    }
}
