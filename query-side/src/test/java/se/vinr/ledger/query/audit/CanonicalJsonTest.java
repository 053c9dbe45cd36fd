package se.vinr.ledger.query.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonTest {

    @Test
    void membersAreSortedRecursivelyWithoutWhitespaceAndArraysKeepTheirOrder() {
        assertThat(canonical("{ \"b\": [3, 1, {\"z\": 1, \"a\": 2}], \"a\": { \"y\": null, \"x\": true } }"))
                .isEqualTo("{\"a\":{\"x\":true,\"y\":null},\"b\":[3,1,{\"a\":2,\"z\":1}]}");
    }

    @Test
    void numbersArePlainWithoutTrailingZeros() {
        assertThat(canonical("[500.00, 12.50, 1E+3, 1.0E-5, -0.0, 7, 123456789012345678901234567890]"))
                .isEqualTo("[500,12.5,1000,0.00001,0,7,123456789012345678901234567890]");
    }

    @Test
    void stringsAreEscapedOnlyWhereJsonRequiresAndWrittenAsUtf8() {
        String canonical = canonical("\"Våld \\\"i\\\" nära\\trelationer/\\u0001\\u00e4\"");

        assertThat(canonical).isEqualTo("\"Våld \\\"i\\\" nära\\trelationer/\\u0001ä\"");
        assertThat(CanonicalJson.bytes(CanonicalJson.read("\"å\"")))
                .isEqualTo("\"å\"".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCanonicalTextReadAndWrittenAgainIsTheSame() {
        String canonical = "{\"a\":[0.1,2.50001,\"\\n\"],\"b\":{\"c\":-12.75}}";

        assertThat(canonical(canonical)).isEqualTo(canonical);
    }

    private static String canonical(String json) {
        return CanonicalJson.write(CanonicalJson.read(json));
    }
}
