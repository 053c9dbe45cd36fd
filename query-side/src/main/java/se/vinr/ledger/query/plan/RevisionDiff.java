package se.vinr.ledger.query.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * What changed from one revision to the next. Goals, activities and indicators are matched by code; paths name
 * them by code in brackets ({@code goals[2].activities[2:3]}), fields are the content's JSON field names, nested
 * ones dotted ({@code timing.text}).
 */
public record RevisionDiff(int fromRevision, int toRevision, Changes goals, Changes activities,
                           Changes indicators) {

    @Schema(name = "RevisionChanges")
    public record Changes(List<Element> added, List<Element> removed, List<FieldChange> changed) {
    }

    /** An added or removed element with its own fields (a goal's activities and indicators are listed on their own). */
    @Schema(name = "RevisionElement")
    public record Element(String path, Map<String, JsonNode> fields) {
    }

    @Schema(name = "RevisionFieldChange")
    public record FieldChange(String path, String field, JsonNode before, JsonNode after) {
    }
}
