package se.vinr.ledger.command.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.stereotype.Component;
import se.vinr.ledger.events.common.DateLimits;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * How the API reads request bodies, and the importer the items of a data file as the same requests: Spring's
 * {@link ObjectMapper} plus rules that every value obeys wherever it sits in a body, so that no field, nested or
 * added later, can miss them:
 * <ul>
 * <li>a date is an ISO date ({@code yyyy-MM-dd}) from {@value #EARLIEST_TEXT} to {@value #LATEST_TEXT};</li>
 * <li>text is a JSON string (never a number or boolean taken for one) without control characters other than tab,
 * line feed and carriage return, and without unpaired surrogates (PostgreSQL refuses NUL in text, and neither belongs
 * in a plan);</li>
 * <li>an enum value is its name, never its position;</li>
 * <li>a body is one JSON value, and a field appears at most once in an object;</li>
 * <li>a number that may also be something else (an indicator's value) is read exactly, never as a double.</li>
 * </ul>
 * Events and read models are read with the plain mapper, so tightening these rules never makes history unreadable.
 */
@Component
public class RequestBodies {

    static final String EARLIEST_TEXT = DateLimits.EARLIEST_TEXT;
    static final String LATEST_TEXT = DateLimits.LATEST_TEXT;

    private final ObjectMapper reader;

    RequestBodies(ObjectMapper mapper) {
        this.reader = mapper.copy()
                .registerModule(new SimpleModule("vinr-request-rules")
                        .addDeserializer(LocalDate.class, new Dates())
                        .addDeserializer(String.class, new Texts()))
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** The mapper requests are read with. */
    public ObjectMapper reader() {
        return reader;
    }

    /** A value that is well-formed JSON of the right type but breaks one of the rules above. */
    static final class Refused extends InvalidFormatException {

        private final String reason;

        Refused(JsonParser parser, String reason, Class<?> type) {
            super(parser, reason, null, type);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    private static final class Dates extends StdScalarDeserializer<LocalDate> {

        Dates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new Refused(parser, "'" + abbreviated(text) + "' is not a date (yyyy-MM-dd)", LocalDate.class);
            }
            if (!DateLimits.contains(date)) {
                throw new Refused(parser, "'" + text + "' is outside the dates the ledger holds, " + EARLIEST_TEXT
                        + " to " + LATEST_TEXT, LocalDate.class);
            }
            return date;
        }
    }

    private static final class Texts extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != null && (token.isNumeric() || token.isBoolean())) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = super.deserialize(parser, context);
            int at = forbidden(text);
            if (at >= 0) {
                throw new Refused(parser, String.format("must not contain control characters or unpaired "
                        + "surrogates (U+%04X at position %d)", (int) text.charAt(at), at), String.class);
            }
            return text;
        }

        /** The index of the first character the rule refuses, or -1. */
        private static int forbidden(String text) {
            if (text == null) {
                return -1;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean control = c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F;
                if (control || Character.isLowSurrogate(c)) {
                    return i;
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return i;
                    }
                    i++;
                }
            }
            return -1;
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
