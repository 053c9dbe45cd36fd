package se.vinr.ledger.query.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The one JSON text of a value that the audit hash chain is computed over, so that anyone can recompute it from
 * the exported events with any JSON library:
 * <ul>
 *     <li>objects: members sorted by name (Java {@code String} order, i.e. by UTF-16 code units), recursively;
 *     arrays keep their order;</li>
 *     <li>no whitespace between tokens;</li>
 *     <li>strings: {@code "} and {@code \} escaped with a backslash; {@code \b \t \n \f \r} in their short form;
 *     other control characters below U+0020 as {@code \}{@code u00XX} with upper-case hex digits; every other
 *     character as itself (no escaping of non-ASCII or {@code /});</li>
 *     <li>numbers: plain decimal notation without exponent and without trailing zeros in the fraction
 *     ({@code 500}, {@code 12.5}, {@code 0.001}, {@code -3}); {@code true}, {@code false}, {@code null} as such;</li>
 *     <li>encoded as UTF-8.</li>
 * </ul>
 * Numbers are read exactly (as {@link BigDecimal}), so reading a canonical text and writing it again gives the same
 * bytes.
 */
public final class CanonicalJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    /** Reads JSON for canonicalisation without losing digits of decimal numbers. */
    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private CanonicalJson() {
    }

    public static String write(JsonNode node) {
        return new String(bytes(node), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(node, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Parses JSON text, keeping decimal numbers exact. */
    public static JsonNode read(String json) {
        try {
            return READER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>();
                node.fieldNames().forEachRemaining(names::add);
                names.sort(null);
                out.writeStartObject();
                for (String name : names) {
                    out.writeFieldName(name);
                    write(node.get(name), out);
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (Iterator<JsonNode> elements = node.elements(); elements.hasNext(); ) {
                    write(elements.next(), out);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case NUMBER -> out.writeNumber(plain(node.decimalValue()));
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL, MISSING -> out.writeNull();
            default -> throw new IllegalArgumentException("not JSON data: " + node.getNodeType());
        }
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
