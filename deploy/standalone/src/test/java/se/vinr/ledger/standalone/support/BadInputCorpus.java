package se.vinr.ledger.standalone.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bad-input corpus of {@code src/test/resources/bad-input/}: {@code endpoints.yaml} names the endpoints with a
 * request each that the fixture would accept, and the requests that set the fixture up; every other file holds
 * cases, each a hostile or broken request and the 4xx it must get. A case addresses one endpoint, a list of them or
 * a group ({@code writes}, {@code reads}) with {@code at}, and then one case is run per endpoint; without a
 * {@code body} it sends the endpoint's valid one. In paths, headers and bodies {@code {m}} is the fixture's
 * municipality, {@code {own}} the one the role users are granted, {@code {foreign}} one they are not, {@code {key}} an
 * Idempotency-Key the fixture has used; in bodies {@code {valid}} is the endpoint's valid body and {@code {fields}} its
 * fields without the braces. A body is text, {@code {prefix, repeat, times, suffix}} for big or deep ones, or
 * {@code {base64}} for bytes that are not UTF-8.
 */
public final class BadInputCorpus {

    private static final String DIRECTORY = "classpath:bad-input/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<Request> setup;
    private final List<Case> cases;

    private BadInputCorpus(List<Request> setup, List<Case> cases) {
        this.setup = setup;
        this.cases = cases;
    }

    /** A request as the corpus states it, placeholders not yet filled in. */
    public record Request(String method, String path, List<Map.Entry<String, String>> headers, Body body,
                          boolean chunked, String as) {
    }

    /** A case: the request, the status it must get and, for a 400 about a field, the field ("*": any field). */
    public record Case(String name, String file, Request request, int expect, String field) {

        @Override
        public String toString() {
            return file + ": " + name;
        }
    }

    /** Text, a generated body ({@code prefix + repeat * times + suffix}), or bytes that are not text (base64). */
    public record Body(String prefix, String repeat, int times, String suffix, String base64) {

        static Body text(String text) {
            return new Body(text, "", 0, "", null);
        }

        public byte[] render(Map<String, String> values) {
            if (base64 != null) {
                return Base64.getDecoder().decode(base64);
            }
            String start = fill(prefix, values);
            String end = fill(suffix, values);
            StringBuilder text = new StringBuilder(start.length() + repeat.length() * times + end.length());
            text.append(start).append(repeat.repeat(times)).append(end);
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private record Endpoint(String name, String group, String method, String path, String body,
                            Map<String, String> headers) {
    }

    public static BadInputCorpus load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(DIRECTORY + "*.yaml");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            JsonNode endpointsFile = read(Arrays.stream(files)
                    .filter(f -> "endpoints.yaml".equals(f.getFilename())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("bad-input/endpoints.yaml is missing")));
            Map<String, Endpoint> endpoints = new LinkedHashMap<>();
            for (String group : List.of("writes", "others", "reads")) {
                endpointsFile.path(group).fields().forEachRemaining(e -> endpoints.put(e.getKey(),
                        new Endpoint(e.getKey(), group, e.getValue().path("method").asText(),
                                e.getValue().path("path").asText(), text(e.getValue().get("body")),
                                strings(e.getValue().path("headers")))));
            }
            List<Request> setup = new ArrayList<>();
            for (JsonNode step : endpointsFile.path("setup")) {
                setup.add(request(step, null));
            }
            List<Case> cases = new ArrayList<>();
            for (Resource file : files) {
                if (!"endpoints.yaml".equals(file.getFilename())) {
                    for (JsonNode node : read(file).path("cases")) {
                        cases.addAll(expand(file.getFilename(), node, endpoints));
                    }
                }
            }
            return new BadInputCorpus(setup, cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Request> setup() {
        return setup;
    }

    public List<Case> cases() {
        return cases;
    }

    /** Fills in {@code {m}}, {@code {own}} and the other values of the fixture. */
    public static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    private static List<Case> expand(String file, JsonNode node, Map<String, Endpoint> endpoints) {
        String name = required(node, "name", file).asText();
        int expect = required(node, "expect", file + ": " + name).asInt();
        String field = node.hasNonNull("field") ? node.get("field").asText() : null;
        List<Endpoint> targets = targets(node.get("at"), endpoints, file + ": " + name);
        if (targets.isEmpty()) {
            return List.of(new Case(name, file, request(node, null), expect, field));
        }
        List<Case> cases = new ArrayList<>();
        for (Endpoint endpoint : targets) {
            cases.add(new Case(targets.size() == 1 ? name : name + " [" + endpoint.name() + "]", file,
                    request(node, endpoint), expect, field));
        }
        return cases;
    }

    private static List<Endpoint> targets(JsonNode at, Map<String, Endpoint> endpoints, String where) {
        List<Endpoint> targets = new ArrayList<>();
        if (at == null) {
            return targets;
        }
        for (JsonNode name : at.isArray() ? at : List.of(at)) {
            List<Endpoint> named = endpoints.values().stream()
                    .filter(e -> e.name().equals(name.asText()) || e.group().equals(name.asText())).toList();
            if (named.isEmpty()) {
                throw new IllegalStateException(where + ": no endpoint or group '" + name.asText() + "'");
            }
            targets.addAll(named);
        }
        return targets;
    }

    private static Request request(JsonNode node, Endpoint endpoint) {
        if (endpoint == null && !(node.hasNonNull("method") && node.hasNonNull("path"))) {
            throw new IllegalStateException(node + ": a request needs 'at', or 'method' and 'path'");
        }
        String method = node.hasNonNull("method") ? node.get("method").asText() : endpoint.method();
        String path = node.hasNonNull("path") ? node.get("path").asText() : endpoint.path();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (endpoint != null) {
            endpoint.headers().forEach((k, v) -> headers.add(new SimpleEntry<>(k, v)));
        }
        node.path("headers").fields().forEachRemaining(header -> {
            headers.removeIf(h -> h.getKey().equalsIgnoreCase(header.getKey()));
            if (header.getValue().isNull()) {
                headers.add(new SimpleEntry<>(header.getKey(), null));
            }
            for (JsonNode value : header.getValue().isArray() ? header.getValue() : List.of(header.getValue())) {
                if (!value.isNull()) {
                    headers.add(new SimpleEntry<>(header.getKey(), value.asText()));
                }
            }
        });
        Body body;
        if (!node.has("body")) {
            body = endpoint == null || endpoint.body() == null ? null : Body.text(endpoint.body());
        } else if (node.get("body").isNull()) {
            body = null;
        } else if (node.get("body").isObject()) {
            JsonNode generated = node.get("body");
            body = new Body(template(generated.path("prefix").asText(""), endpoint),
                    generated.path("repeat").asText(""), generated.path("times").asInt(0),
                    template(generated.path("suffix").asText(""), endpoint), text(generated.get("base64")));
        } else {
            body = Body.text(template(node.get("body").asText(), endpoint));
        }
        return new Request(method, path, headers, body, node.path("chunked").asBoolean(false),
                node.path("as").asText("admin"));
    }

    /** {@code {valid}} and {@code {fields}}: the endpoint's valid body, whole or without its braces. */
    private static String template(String text, Endpoint endpoint) {
        if (endpoint == null || endpoint.body() == null) {
            return text;
        }
        String valid = endpoint.body().strip();
        return text.replace("{valid}", valid).replace("{fields}", valid.substring(1, valid.length() - 1));
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        if (!node.hasNonNull(field)) {
            throw new IllegalStateException(where + ": a case needs '" + field + "'");
        }
        return node.get(field);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    private static JsonNode read(Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return YAML.readTree(in);
        }
    }
}
