package se.vinr.ledger.query.plan;

import se.vinr.ledger.events.plan.Activity;
import se.vinr.ledger.events.plan.Goal;
import se.vinr.ledger.events.plan.Indicator;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.Recurrence;
import se.vinr.ledger.events.plan.Timing;

import java.time.LocalDate;
import java.util.List;

import static se.vinr.ledger.events.plan.DecisionKind.ADOPTED;

/**
 * A plan 2018-2020 after Sundbyberg's, for the follow-up views: goal 1 with a website review every May (1:1) and a
 * one-off activity due 2018-06-30 (1:2); goal 2 with an activity due by the end of the period (2:1), an
 * introduction course every term (2:2) and an activity due 2019-12-31 (2:3). Revision 1 is adopted on 2018-03-20.
 * Revision 2 (adopted 2019-09-01) drops 2:3 and adds 2:4, due 2020-06-30.
 */
public final class FollowUpPlan {

    public static final String MUNICIPALITY = "sundbyberg";
    public static final String PLAN = "handlingsplan-2018-2020";

    private FollowUpPlan() {
    }

    /** Drafted, revision 1 proposed and adopted. */
    public static TimelineBuilder adopted(List<Indicator> goal1Indicators, List<Indicator> goal2Indicators) {
        return new TimelineBuilder(MUNICIPALITY, PLAN)
                .drafted("Handlingsplan mot våld i nära relationer 2018-2020", "2018-01-01", "2020-12-31", null,
                        "Social- och arbetsmarknadsnämnden", "2018-01-15")
                .revision(1, revision1(goal1Indicators, goal2Indicators), "Förvaltningen", "2018-03-01", null, null)
                .decision(ADOPTED, 1, "Social- och arbetsmarknadsnämnden", "2018-03-20");
    }

    public static PlanContent revision1(List<Indicator> goal1Indicators, List<Indicator> goal2Indicators) {
        return new PlanContent(List.of(goal1(goal1Indicators), new Goal("2", "Kompetens", null, List.of(
                activity("2:1", new Timing("Kontinuerligt", null, null)),
                activity("2:2", new Timing("Varje termin", null, new Recurrence(Recurrence.Frequency.TERMLY, null))),
                activity("2:3", new Timing("Under 2019", LocalDate.parse("2019-12-31"), null))),
                goal2Indicators)));
    }

    public static PlanContent revision2(List<Indicator> goal1Indicators, List<Indicator> goal2Indicators) {
        return new PlanContent(List.of(goal1(goal1Indicators), new Goal("2", "Kompetens", null, List.of(
                activity("2:1", new Timing("Kontinuerligt", null, null)),
                activity("2:2", new Timing("Varje termin", null, new Recurrence(Recurrence.Frequency.TERMLY, null))),
                activity("2:4", new Timing("Våren 2020", LocalDate.parse("2020-06-30"), null))),
                goal2Indicators)));
    }

    private static Goal goal1(List<Indicator> indicators) {
        return new Goal("1", "Tillgänglig information", null, List.of(
                activity("1:1", new Timing("Årligen i maj", null, new Recurrence(Recurrence.Frequency.YEARLY, 5))),
                activity("1:2", new Timing("Våren 2018", LocalDate.parse("2018-06-30"), null))),
                indicators);
    }

    private static Activity activity(String code, Timing timing) {
        return new Activity(code, "Aktivitet " + code, List.of(), List.of("Socialtjänsten"), timing);
    }
}
