package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.BadInputCorpus;
import se.vinr.ledger.standalone.support.BadInputCorpus.Case;
import se.vinr.ledger.standalone.support.BadInputCorpus.Request;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;
import se.vinr.ledger.standalone.support.RawHttp;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Hostile and broken requests ({@code src/test/resources/bad-input/}, see {@link BadInputCorpus}): each gets the 4xx
 * its case expects as problem+json (type, title, status and, for a 400 about a field, the field), says nothing of
 * the code behind it, and stores no event. The requests go over a plain socket, exactly as written.
 */
abstract class BadInputSpec extends ApiTest {

    /** Names of Java types and stack frames: nothing a client should ever read. */
    private static final Pattern LEAK = Pattern.compile("Exception|\\bat [\\w$.]+\\(|\\b(java|javax|jakarta|org"
            + "\\.(springframework|apache|axonframework|hibernate|h2|postgresql)|com\\.fasterxml|se\\.vinr)\\.[a-z]");
    private static final BadInputCorpus CORPUS = BadInputCorpus.load();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @TestFactory
    Stream<DynamicTest> everyBadRequestIsRefusedWithAProblemAndStoresNothing() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> values = Map.of("m", "bad-" + suffix, "foreign", "bad-foreign-" + suffix,
                "own", "sec-own", "key", "corpus-" + suffix);
        for (Request step : CORPUS.setup()) {
            RawHttp.Response response = send(step, values);
            assertThat(response.status()).as("setup %s %s: %s", step.method(), step.path(), response.body())
                    .isBetween(200, 299);
        }
        return CORPUS.cases().stream().map(c -> dynamicTest(c.toString(), () -> refused(c, values)));
    }

    private void refused(Case c, Map<String, String> values) throws Exception {
        long before = events();

        RawHttp.Response response = send(c.request(), values);

        String said = c + " answered " + response.status() + " " + response.header("Content-Type") + "\n"
                + abbreviated(response.body());
        assertThat(response.status()).as(said).isEqualTo(c.expect());
        assertThat(response.header("Content-Type")).as(said).startsWith("application/problem+json");
        JsonNode problem = mapper.readTree(response.body());
        assertThat(problem.path("type").isTextual() && problem.path("title").isTextual()).as(said).isTrue();
        assertThat(problem.path("status").asInt()).as(said).isEqualTo(c.expect());
        if (c.field() != null) {
            List<String> fields = problem.path("errors").findValuesAsText("field");
            if (c.field().equals("*")) {
                assertThat(fields).as(said).isNotEmpty();
            } else {
                assertThat(fields).as(said).contains(c.field());
            }
        }
        assertThat(response.body()).as(said).doesNotContainPattern(LEAK);
        assertThat(events()).as(c + " stored events").isEqualTo(before);
    }

    @Test
    void theCorpusIsLargeAndReachesEveryWriteEndpoint() {
        assertThat(CORPUS.cases()).hasSizeGreaterThanOrEqualTo(220);
        assertThat(CORPUS.cases()).allSatisfy(c -> assertThat(c.expect()).as(c.toString()).isBetween(400, 499));

        Map<String, Integer> casesPerEndpoint = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getName().startsWith("se.vinr.ledger.command.")) {
                continue;
            }
            for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                for (String template : mapping.getKey().getPatternValues()) {
                    PathPattern pattern = PathPatternParser.defaultInstance.parse(template);
                    long hits = CORPUS.cases().stream()
                            .filter(c -> c.request().method().equals(method.name()) && reaches(pattern, c))
                            .count();
                    casesPerEndpoint.put(method.name() + " " + template, (int) hits);
                }
            }
        }
        assertThat(casesPerEndpoint).as("cases per write endpoint").isNotEmpty()
                .allSatisfy((endpoint, hits) -> assertThat(hits).as(endpoint).isGreaterThanOrEqualTo(8));
    }

    /** Whether the case's path is one of the pattern's (a path that cannot even be decoded is none). */
    private static boolean reaches(PathPattern pattern, Case c) {
        try {
            return pattern.matches(PathContainer.parsePath(c.request().path().replaceFirst("\\?.*", "")));
        } catch (IllegalArgumentException undecodable) {
            return false;
        }
    }

    private RawHttp.Response send(Request request, Map<String, String> values) throws Exception {
        byte[] body = request.body() == null ? null : request.body().render(values);
        List<Map.Entry<String, String>> given = request.headers().stream()
                .map(h -> h.getValue() == null ? h : new SimpleEntry<>(h.getKey(), BadInputCorpus.fill(h.getValue(),
                        values)))
                .toList();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        defaultHeader(headers, given, "Host", "127.0.0.1:" + port);
        defaultHeader(headers, given, "Authorization", authorization(request.as()));
        if (body != null) {
            defaultHeader(headers, given, "Content-Type", "application/json");
            defaultHeader(headers, given, request.chunked() ? "Transfer-Encoding" : "Content-Length",
                    request.chunked() ? "chunked" : String.valueOf(body.length));
        }
        given.stream().filter(h -> h.getValue() != null).forEach(headers::add);
        headers.add(new SimpleEntry<>("User-Agent", "bad-input-corpus"));
        headers.add(new SimpleEntry<>("Connection", "close"));
        return RawHttp.exchange(port, request.method(), BadInputCorpus.fill(request.path(), values), headers, body,
                request.chunked());
    }

    /** A header the case does not set itself (a null value in the case: leave it out). */
    private static void defaultHeader(List<Map.Entry<String, String>> headers, List<Map.Entry<String, String>> given,
                                      String name, String value) {
        if (value != null && given.stream().noneMatch(h -> h.getKey().equalsIgnoreCase(name))) {
            headers.add(new SimpleEntry<>(name, value));
        }
    }

    private static String authorization(String as) {
        return switch (as) {
            case "none" -> null;
            case "admin" -> basic("admin", ADMIN_PASSWORD);
            case "wrong-password" -> basic("admin", "not-the-password");
            case "unknown-user" -> basic("nobody", USER_PASSWORD);
            default -> basic(as, USER_PASSWORD);
        };
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private long events() {
        return jdbc.sql("SELECT COUNT(*) FROM DomainEventEntry").query(Long.class).single();
    }

    private static String abbreviated(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
    }
}

@OnH2
class BadInputOnH2Test extends BadInputSpec {
}

@OnPostgres
class BadInputOnPostgresTest extends BadInputSpec {
}
