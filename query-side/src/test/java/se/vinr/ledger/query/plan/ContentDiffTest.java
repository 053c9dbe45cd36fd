package se.vinr.ledger.query.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.events.plan.Activity;
import se.vinr.ledger.events.plan.Direction;
import se.vinr.ledger.events.plan.Goal;
import se.vinr.ledger.events.plan.Indicator;
import se.vinr.ledger.events.plan.Measure;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.Recurrence;
import se.vinr.ledger.events.plan.Timing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentDiffTest {

    private static final ObjectMapper JSON = SpringLikeObjectMapper.create();

    private final ContentDiff diff = new ContentDiff(JSON);

    @Test
    void goteborgRevision2AgainstRevision1FieldByField() {
        RevisionDiff changes = diff.between(1, GoteborgPlan.revision1(), 2, GoteborgPlan.revision2());

        assertThat(changes.fromRevision()).isEqualTo(1);
        assertThat(changes.toRevision()).isEqualTo(2);
        assertThat(changes.goals().added()).isEmpty();
        assertThat(changes.goals().removed()).isEmpty();
        assertThat(changes.goals().changed()).containsExactly(new RevisionDiff.FieldChange("goals[4]", "title",
                text("Göteborgs Stads arbete mot våld i nära relationer är av hög kvalitet"),
                text("Göteborgs Stads arbete mot våld i nära relationer är av god kvalitet")));

        assertThat(changes.activities().added()).singleElement().satisfies(added -> {
            assertThat(added.path()).isEqualTo("goals[3].activities[3:5]");
            assertThat(added.fields()).containsKeys("description", "targetGroups", "responsibleBodies", "timing.text")
                    .doesNotContainKeys("code", "timing.dueDate", "timing.recurrence");
        });
        assertThat(changes.activities().removed()).isEmpty();
        assertThat(changes.activities().changed())
                .extracting(change -> change.path() + " " + change.field())
                .containsExactly(
                        "goals[1].activities[1:2] description",
                        "goals[1].activities[1:4] responsibleBodies",
                        "goals[3].activities[3:1] timing.text",
                        "goals[3].activities[3:1] timing.dueDate");
        assertThat(changes.activities().changed()).filteredOn(change -> change.field().equals("timing.dueDate"))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.before()).isEqualTo(text("2020-12-31"));
                    assertThat(change.after()).isEqualTo(text("2021-12-31"));
                });
        assertThat(changes.activities().changed()).filteredOn(change -> change.field().equals("responsibleBodies"))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.before()).isEqualTo(json(List.of("Samtliga stadsdelsnämnder")));
                    assertThat(change.after()).hasSize(4);
                });
        assertThat(changes.indicators().added()).isEmpty();
        assertThat(changes.indicators().changed()).isEmpty();
    }

    @Test
    void identicalContentHasNoChanges() {
        RevisionDiff changes = diff.between(1, GoteborgPlan.revision1(), 2, GoteborgPlan.revision1());

        assertThat(List.of(changes.goals(), changes.activities(), changes.indicators())).allSatisfy(list -> {
            assertThat(list.added()).isEmpty();
            assertThat(list.removed()).isEmpty();
            assertThat(list.changed()).isEmpty();
        });
    }

    @Test
    void aRemovedGoalTakesItsActivitiesAndIndicatorsWithIt() {
        PlanContent before = new PlanContent(List.of(goal("1", "Prevention"),
                new Goal("2", "Follow-up", null, List.of(activity("2:1", "Report yearly", null)),
                        List.of(indicator("2.a", "12", "30")))));
        PlanContent after = new PlanContent(List.of(goal("1", "Prevention")));

        RevisionDiff changes = diff.between(1, before, 2, after);

        assertThat(changes.goals().removed()).singleElement().satisfies(removed -> {
            assertThat(removed.path()).isEqualTo("goals[2]");
            assertThat(removed.fields()).containsOnlyKeys("title");
        });
        assertThat(changes.activities().removed()).extracting(RevisionDiff.Element::path)
                .containsExactly("goals[2].activities[2:1]");
        assertThat(changes.indicators().removed()).extracting(RevisionDiff.Element::path)
                .containsExactly("goals[2].indicators[2.a]");
        assertThat(changes.goals().changed()).isEmpty();
    }

    @Test
    void indicatorsCompareNumbersByValueAndReportEachChangedField() {
        PlanContent before = new PlanContent(List.of(new Goal("1", "Prevention", null, List.of(),
                List.of(indicator("1.a", "10", "100"), indicator("1.b", "5", "50")))));
        PlanContent after = new PlanContent(List.of(new Goal("1", "Prevention", null, List.of(),
                List.of(indicator("1.a", "10.0", "100.00"), indicator("1.b", "5", "60"), indicator("1.c", "0", "1")))));

        RevisionDiff changes = diff.between(3, before, 4, after);

        assertThat(changes.indicators().added()).extracting(RevisionDiff.Element::path)
                .containsExactly("goals[1].indicators[1.c]");
        assertThat(changes.indicators().changed()).containsExactly(new RevisionDiff.FieldChange(
                "goals[1].indicators[1.b]", "target.value", json(new BigDecimal("50")),
                json(new BigDecimal("60"))));
    }

    @Test
    void nestedTimingIsComparedFieldByFieldAndAFieldThatBecomesNullIsAChange() {
        PlanContent before = new PlanContent(List.of(new Goal("1", "Prevention", "Förebygga våld", List.of(
                activity("1:1", "Orange Day", new Timing("Årligen", null, new Recurrence(Recurrence.Frequency.YEARLY, 11)))),
                List.of())));
        PlanContent after = new PlanContent(List.of(new Goal("1", "Prevention", null, List.of(
                activity("1:1", "Orange Day", new Timing("Årligen", null, new Recurrence(Recurrence.Frequency.YEARLY, 10)))),
                List.of())));

        RevisionDiff changes = diff.between(1, before, 2, after);

        assertThat(changes.goals().changed()).containsExactly(new RevisionDiff.FieldChange("goals[1]", "description",
                text("Förebygga våld"), NullNode.getInstance()));
        assertThat(changes.activities().changed()).containsExactly(new RevisionDiff.FieldChange(
                "goals[1].activities[1:1]", "timing.recurrence.month", json(11), json(10)));
    }

    private static Goal goal(String code, String title) {
        return new Goal(code, title, null, List.of(), List.of());
    }

    private static Activity activity(String code, String description, Timing timing) {
        return new Activity(code, description, List.of("Medarbetare"), List.of("Socialnämnden"), timing);
    }

    private static Indicator indicator(String code, String baseline, String target) {
        return new Indicator(code, "Andel medarbetare med webbkurs", "%",
                new Measure(new BigDecimal(baseline), LocalDate.parse("2022-09-01")),
                new Measure(new BigDecimal(target), LocalDate.parse("2023-06-30")), Direction.INCREASE, null, null);
    }

    private static JsonNode text(String value) {
        return json(value);
    }

    private static JsonNode json(Object value) {
        return JSON.valueToTree(value);
    }
}
