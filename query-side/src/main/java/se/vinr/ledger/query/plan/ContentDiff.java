package se.vinr.ledger.query.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import se.vinr.ledger.events.plan.PlanContent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two revisions' contents on their JSON form, so that fields added to the content records later are
 * compared without changing this class, and the diff names fields exactly as the API shows the content.
 */
final class ContentDiff {

    /** Lists of child elements: diffed on their own, never as a field of their parent. */
    private static final Set<String> CHILD_LISTS = Set.of("activities", "indicators");

    /** Numbers compare by value: a baseline of 10 and one of 10.0 are the same baseline. */
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue())
            : (a.equals(b) ? 0 : 1);

    private final ObjectMapper objectMapper;

    ContentDiff(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    RevisionDiff between(int fromRevision, PlanContent before, int toRevision, PlanContent after) {
        Map<String, JsonNode> goalsBefore = byCode(objectMapper.valueToTree(before).path("goals"));
        Map<String, JsonNode> goalsAfter = byCode(objectMapper.valueToTree(after).path("goals"));
        ChangeCollector goals = new ChangeCollector();
        ChangeCollector activities = new ChangeCollector();
        ChangeCollector indicators = new ChangeCollector();
        goals.compare("", "goals", goalsBefore, goalsAfter);
        for (String code : union(goalsBefore.keySet(), goalsAfter.keySet())) {
            String goalPath = path("", "goals", code) + ".";
            JsonNode goalBefore = goalsBefore.getOrDefault(code, MissingNode.getInstance());
            JsonNode goalAfter = goalsAfter.getOrDefault(code, MissingNode.getInstance());
            activities.compare(goalPath, "activities",
                    byCode(goalBefore.path("activities")), byCode(goalAfter.path("activities")));
            indicators.compare(goalPath, "indicators",
                    byCode(goalBefore.path("indicators")), byCode(goalAfter.path("indicators")));
        }
        return new RevisionDiff(fromRevision, toRevision, goals.changes(), activities.changes(), indicators.changes());
    }

    private static final class ChangeCollector {

        private final List<RevisionDiff.Element> added = new ArrayList<>();
        private final List<RevisionDiff.Element> removed = new ArrayList<>();
        private final List<RevisionDiff.FieldChange> changed = new ArrayList<>();

        void compare(String prefix, String list, Map<String, JsonNode> before, Map<String, JsonNode> after) {
            after.forEach((code, element) -> {
                if (!before.containsKey(code)) {
                    added.add(new RevisionDiff.Element(path(prefix, list, code), fields(element)));
                }
            });
            before.forEach((code, element) -> {
                if (!after.containsKey(code)) {
                    removed.add(new RevisionDiff.Element(path(prefix, list, code), fields(element)));
                }
            });
            after.forEach((code, element) -> {
                if (before.containsKey(code)) {
                    compareFields(path(prefix, list, code), fields(before.get(code)), fields(element));
                }
            });
        }

        private void compareFields(String path, Map<String, JsonNode> before, Map<String, JsonNode> after) {
            for (String field : union(before.keySet(), after.keySet())) {
                JsonNode was = before.getOrDefault(field, NullNode.getInstance());
                JsonNode is = after.getOrDefault(field, NullNode.getInstance());
                if (!was.equals(BY_VALUE, is)) {
                    changed.add(new RevisionDiff.FieldChange(path, field, was, is));
                }
            }
        }

        RevisionDiff.Changes changes() {
            return new RevisionDiff.Changes(List.copyOf(added), List.copyOf(removed), List.copyOf(changed));
        }
    }

    private static String path(String prefix, String list, String code) {
        return prefix + list + "[" + code + "]";
    }

    private static Map<String, JsonNode> byCode(JsonNode elements) {
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        elements.forEach(element -> byCode.put(element.path("code").asText(), element));
        return byCode;
    }

    /** An element's own fields, nested objects flattened to dotted names; nulls left out (absent and null are alike). */
    private static Map<String, JsonNode> fields(JsonNode element) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        flatten("", element, fields);
        fields.remove("code");
        return fields;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> into) {
        node.properties().forEach(field -> {
            String name = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(name + ".", value, into);
            } else if (!value.isNull() && !(prefix.isEmpty() && CHILD_LISTS.contains(name))) {
                into.put(name, value);
            }
        });
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> union = new LinkedHashSet<>(second);
        union.addAll(first);
        return union;
    }
}
