package se.vinr.ledger.command.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.events.organisation.Operator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules every request body is read by: what they refuse, and that they refuse nothing more. */
class RequestBodiesTest {

    record Sample(String text, LocalDate date, Operator operator, List<String> texts, JsonNode value) {
    }

    private final ObjectMapper reader = new RequestBodies(JsonMapper.builder().addModule(new JavaTimeModule())
            .build()).reader();

    @Test
    void datesFrom1900To2100AreRead() throws Exception {
        assertThat(read("{\"date\": \"1900-01-01\"}").date()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(read("{\"date\": \"2100-12-31\"}").date()).isEqualTo(LocalDate.of(2100, 12, 31));
    }

    @Test
    void datesOutside1900To2100OrNotWrittenYyyyMmDdAreRefusedAtTheirField() {
        for (String date : List.of("\"1899-12-31\"", "\"2101-01-01\"", "\"+10000-01-01\"", "\"2023-02-29\"",
                "\"2023-1-5\"", "20230105", "[2023, 1, 5]")) {
            assertThatThrownBy(() -> read("{\"date\": " + date + "}")).as(date)
                    .isInstanceOfSatisfying(JsonMappingException.class,
                            e -> assertThat(JsonProblems.path(e)).isEqualTo("date"));
        }
        assertThatThrownBy(() -> read("{\"date\": \"1899-12-31\"}")).isInstanceOfSatisfying(JsonMappingException.class,
                e -> assertThat(JsonProblems.describe(e)).isEqualTo("'1899-12-31' is outside the dates the ledger "
                        + "holds, 1900-01-01 to 2100-12-31"));
    }

    @Test
    void textMayHoldTabsLineBreaksAndAnyLetterOrSymbol() throws Exception {
        String text = "Rad 1\tå ä ö\r\nRad 2 \uD83D\uDC4D \u00A7 52 \u202F";

        assertThat(read("{\"text\": \"" + text.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n") + "\"}")
                .text()).isEqualTo(text);
    }

    @Test
    void controlCharactersAndBrokenSurrogatesAreRefusedWhereverTheTextIs() {
        for (String escape : List.of("\\u0000", "\\u0008", "\\u001f", "\\u007f", "\\u0085", "\\u009f", "\\ud800",
                "\\udc00", "\\udc00\\ud800")) {
            assertThatThrownBy(() -> read("{\"texts\": [\"ok\", \"a" + escape + "b\"]}")).as(escape)
                    .isInstanceOfSatisfying(JsonMappingException.class, e -> {
                        assertThat(JsonProblems.path(e)).isEqualTo("texts[1]");
                        assertThat(JsonProblems.describe(e)).startsWith("must not contain control characters");
                    });
        }
    }

    @Test
    void numbersAndBooleansAreNotTextAndPositionsAreNotEnumValues() {
        assertThatThrownBy(() -> read("{\"text\": 42}")).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> read("{\"text\": true}")).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> read("{\"operator\": 0}")).isInstanceOf(JsonMappingException.class);
    }

    @Test
    void aBodyIsOneObjectWithEachFieldOnce() {
        assertThatThrownBy(() -> read("{\"text\": \"a\", \"text\": \"b\"}")).hasMessageContaining("Duplicate field");
        assertThatThrownBy(() -> read("{\"text\": \"a\"} {\"text\": \"b\"}")).hasMessageContaining("Trailing token");
    }

    @Test
    void anUntypedNumberIsReadExactly() throws Exception {
        assertThat(read("{\"value\": 0.1}").value().decimalValue()).isEqualByComparingTo("0.1");
        assertThat(read("{\"value\": 1e400}").value().decimalValue()).isEqualByComparingTo(new BigDecimal("1e400"));
    }

    private Sample read(String json) throws Exception {
        return reader.readValue(json, Sample.class);
    }
}
