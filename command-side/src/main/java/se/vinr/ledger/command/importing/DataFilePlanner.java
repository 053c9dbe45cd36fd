package se.vinr.ledger.command.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import se.vinr.ledger.command.organisation.web.OrganisationCommandController.MunicipalityRequest;
import se.vinr.ledger.command.organisation.web.OrganisationCommandController.UnitRequest;
import se.vinr.ledger.command.plan.web.PlanCommandController.ConsultationRequest;
import se.vinr.ledger.command.plan.web.PlanCommandController.DecisionRequest;
import se.vinr.ledger.command.plan.web.PlanCommandController.DraftRequest;
import se.vinr.ledger.command.plan.web.PlanCommandController.PlanRequest;
import se.vinr.ledger.command.plan.web.PlanCommandController.ResponseRequest;
import se.vinr.ledger.command.plan.web.PlanCommandController.RevisionRequest;
import se.vinr.ledger.command.plan.web.PlanCommandController.TransferRequest;
import se.vinr.ledger.command.plan.web.PlanFollowUpController.FollowUpReportRequest;
import se.vinr.ledger.command.keyperson.web.KeyPersonCommandController.KeyPersonTotalRequest;
import se.vinr.ledger.command.meeting.web.MeetingCommandController.MeetingRequest;
import se.vinr.ledger.command.meeting.web.MeetingCommandController.MeetingSeriesRequest;
import se.vinr.ledger.command.training.web.TrainingCommandController.CompletionRequest;
import se.vinr.ledger.command.training.web.TrainingCommandController.CourseRequest;
import se.vinr.ledger.command.web.JsonProblems;
import se.vinr.ledger.command.web.RequestBodies;
import se.vinr.ledger.command.web.SourceRequest;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Turns a data file (already valid against its JSON Schema) into the commands its items send, in file order.
 * Each item is read into the very request record the HTTP API reads and checked with the same constraints, so a
 * file can say nothing a client could not; what is wrong is reported at its path in the file.
 */
@Component
class DataFilePlanner {

    private static final Map<String, Class<? extends PlanRequest>> HISTORY_KINDS = Map.of(
            "revision", RevisionRequest.class,
            "consultation", ConsultationRequest.class,
            "response", ResponseRequest.class,
            "decision", DecisionRequest.class,
            "transfer", TransferRequest.class,
            "followUpReport", FollowUpReportRequest.class);

    private final ObjectMapper reader;
    private final ObjectMapper canonical;
    private final Validator validator;

    DataFilePlanner(RequestBodies bodies, ObjectMapper mapper, Validator validator) {
        this.reader = bodies.reader();
        this.canonical = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.validator = validator;
    }

    /** The file's items as commands; problems and items no command exists for are added to the given lists. */
    List<PlannedItem> plan(MunicipalityId m, JsonNode root, List<ImportProblem> problems,
                           List<ImportProblem> notLoadable) {
        Items items = new Items(m, problems);
        ObjectNode municipality = ((ObjectNode) root.path("municipality").deepCopy());
        municipality.remove("id");
        items.add("municipality", "municipality", municipality, MunicipalityRequest.class,
                r -> r.toCommand(m), MunicipalityRequest::source, r -> "register " + r.name());

        JsonNode units = root.path("units");
        for (int i = 0; i < units.size(); i++) {
            JsonNode unit = units.get(i);
            items.add("units[" + i + "]", "unit/" + unit.path("unitId").asText(), unit, UnitRequest.class,
                    r -> r.toCommand(m, null), UnitRequest::source, r -> "register unit " + r.name());
        }

        JsonNode plans = root.path("plans");
        for (int p = 0; p < plans.size(); p++) {
            ObjectNode plan = plans.get(p).deepCopy();
            JsonNode history = plan.remove("history");
            String path = "plans[" + p + "]";
            String planKey = "plan/" + plan.path("planId").asText();
            items.add(path, planKey, plan, DraftRequest.class, r -> r.toCommand(m), DraftRequest::source,
                    r -> "draft " + r.title());
            PlanId planId = planId(plan, path, problems);
            for (int h = 0; history != null && h < history.size(); h++) {
                JsonNode step = history.get(h);
                String kind = step.fieldNames().next();
                String stepPath = path + ".history[" + h + "]." + kind;
                Class<? extends PlanRequest> type = HISTORY_KINDS.get(kind);
                if (type == FollowUpReportRequest.class && step.get(kind).path("date").isMissingNode()) {
                    notLoadable.add(new ImportProblem(stepPath, "undated: a report needs its date"));
                } else if (type != null && planId != null) {
                    items.add(stepPath, planKey + "/history/" + h, step.get(kind), type,
                            r -> r.toCommand(m, planId, null), PlanRequest::source, r -> kind + " of " + planId);
                }
            }
        }
        JsonNode figures = root.path("figures");
        figures(figures, "courses", (path, node) -> items.add(path, "course/" + node.path("courseCode").asText(),
                node, CourseRequest.class, r -> r.toCommand(m), CourseRequest::source, r -> "define " + r.title()));
        figures(figures, "meetingSeries", (path, node) -> items.add(path, "meeting-series/"
                        + node.path("seriesId").asText(), node, MeetingSeriesRequest.class, r -> r.toCommand(m),
                MeetingSeriesRequest::source, r -> "define " + r.name()));
        // Figures without an id of their own are known by their place in their list, append-only like history.
        figures(figures, "trainingCompletions", (path, node) -> items.add(path, path, withoutNote(node),
                CompletionRequest.class, r -> r.toCommand(m, null), CompletionRequest::source,
                r -> r.count() + " completions of " + r.courseCode()));
        figures(figures, "keyPersonTotals", (path, node) -> {
            if (node.path("asOf").isMissingNode()) {
                notLoadable.add(new ImportProblem(path, "undated: a total needs the date it applies to"));
            } else {
                items.add(path, path, withoutNote(node), KeyPersonTotalRequest.class, r -> r.toCommand(m, null),
                        KeyPersonTotalRequest::source, r -> r.count() + " key persons");
            }
        });
        figures(figures, "meetings", (path, node) -> {
            if (node.path("planned").asBoolean(false)) {
                notLoadable.add(new ImportProblem(path, "planned, not held: only meetings held are recorded"));
            } else {
                ObjectNode meeting = withoutNote(node);
                meeting.remove("planned");
                items.add(path, path, meeting, MeetingRequest.class, r -> r.toCommand(m, null),
                        MeetingRequest::source, r -> "meeting of " + r.seriesId() + " on " + r.date());
            }
        });
        figures(figures, "targets", (path, node) -> notLoadable.add(new ImportProblem(path,
                "a target is an indicator of a plan revision; record it there to follow it up")));
        return items.planned;
    }

    /** Items of one kind of figure, each with its path in the file. */
    private static void figures(JsonNode figures, String kind, BiConsumer<String, JsonNode> item) {
        JsonNode list = figures.path(kind);
        for (int i = 0; i < list.size(); i++) {
            item.accept("figures." + kind + "[" + i + "]", list.get(i));
        }
    }

    /** A {@code note} is for the people who maintain the file; it is not part of what is recorded. */
    private static ObjectNode withoutNote(JsonNode node) {
        ObjectNode copy = node.deepCopy();
        copy.remove("note");
        return copy;
    }

    private static PlanId planId(JsonNode plan, String path, List<ImportProblem> problems) {
        try {
            return new PlanId(plan.path("planId").asText());
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(path + ".planId", e.getMessage()));
            return null;
        }
    }

    /** Collects the planned items of one file and the problems found on the way. */
    private final class Items {

        private final MunicipalityId municipalityId;
        private final List<ImportProblem> problems;
        private final List<PlannedItem> planned = new ArrayList<>();

        Items(MunicipalityId municipalityId, List<ImportProblem> problems) {
            this.municipalityId = municipalityId;
            this.problems = problems;
        }

        <R> void add(String path, String key, JsonNode node, Class<R> type, Function<R, Object> toCommand,
                     Function<R, SourceRequest> source, Function<R, String> description) {
            R request;
            try {
                request = reader.treeToValue(node, type);
            } catch (JsonMappingException e) {
                String field = JsonProblems.path(e);
                problems.add(new ImportProblem(field.isEmpty() ? path
                        : path + (field.startsWith("[") ? "" : ".") + field, JsonProblems.describe(e)));
                return;
            } catch (JsonProcessingException e) {
                problems.add(new ImportProblem(path, e.getOriginalMessage()));
                return;
            }
            List<ConstraintViolation<R>> violations = List.copyOf(validator.validate(request));
            violations.forEach(v -> problems.add(new ImportProblem(path + "." + v.getPropertyPath(), v.getMessage())));
            if (!violations.isEmpty()) {
                return;
            }
            try {
                planned.add(new PlannedItem(municipalityId.value() + "/" + key, path, description.apply(request),
                        hash(node), toCommand.apply(request), SourceRequest.toSource(source.apply(request))));
            } catch (IllegalArgumentException e) {
                problems.add(new ImportProblem(path, e.getMessage()));
            }
        }
    }

    /** SHA-256 of the item's canonical JSON (keys sorted), so formatting and key order do not count as edits. */
    private String hash(JsonNode node) {
        try {
            byte[] json = canonical.writeValueAsBytes(canonical.treeToValue(node, Object.class));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash an item that was just read", e);
        }
    }
}
