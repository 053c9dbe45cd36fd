package se.vinr.ledger.query.plan;

import se.vinr.ledger.events.plan.Activity;
import se.vinr.ledger.events.plan.Goal;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.Recurrence;
import se.vinr.ledger.events.plan.Stance;
import se.vinr.ledger.events.plan.Timing;

import java.util.ArrayList;
import java.util.List;

import static se.vinr.ledger.events.plan.DecisionKind.APPROVED_AND_FORWARDED;
import static se.vinr.ledger.events.plan.DecisionKind.REFERRED_BACK;
import static se.vinr.ledger.query.plan.TimelineBuilder.date;

/**
 * The Göteborg plan against violence in close relationships 2021–2024 as far as its case file goes
 * (sources/goteborg-plan-2021-2024-arende.txt): two revisions, a consultation of 13 bodies, two referrals back and
 * a change of committee. The content is a subset of the plan's goals and activities; consultation deadline, response
 * dates and due dates are illustrative. The transfer to Socialnämnden Centrum is recorded late, after revision 2,
 * as happens when a reorganisation is registered after the fact.
 */
public final class GoteborgPlan {

    public static final String MUNICIPALITY = "goteborg";
    public static final String PLAN = "vinr-2021-2024";
    public static final String TITLE = "Göteborgs Stads plan för arbetet mot våld i nära relationer 2021–2024";
    public static final String SOCIAL_RESURSNAMND = "Social resursnämnd";
    public static final String SOCIALNAMNDEN_CENTRUM = "Socialnämnden Centrum";
    public static final String KOMMUNSTYRELSEN = "Kommunstyrelsen";
    public static final String HBTQ_COUNCIL = "Göteborgs Stads HBTQ-råd";
    public static final String DISABILITY_COUNCIL = "Göteborgs Stads råd för funktionshinderfrågor";
    public static final String TRANSFER_RECORDED_AT = "2021-02-20T10:00:00Z";
    /** The approval of 2021-02-23 reached the ledger a fortnight later, as decisions often do (README example). */
    public static final String APPROVAL_RECORDED_AT = "2021-03-10T09:00:00Z";

    public static final List<String> CONSULTED_BODIES = List.of(
            "Stadsdelsnämnden Angered", "Stadsdelsnämnden Centrum", "Stadsdelsnämnden Norra Hisingen",
            "Stadsdelsnämnden Västra Göteborg", "Fastighetsnämnden", "Förskolenämnden", "Grundskolenämnden",
            "Utbildningsnämnden", "Göteborgs Stadshus AB", HBTQ_COUNCIL, "Göteborgs Stads pensionärsråd",
            DISABILITY_COUNCIL, "Göteborgs Stads sverigefinska råd");

    private static final List<String> SOCIALNAMNDER = List.of(
            "Socialnämnd Centrum", "Socialnämnd Hisingen", "Socialnämnd Nordost", "Socialnämnd Sydväst");
    private static final List<String> DISTRICT_COMMITTEES = List.of("Samtliga stadsdelsnämnder");
    private static final List<String> ALL_COMMITTEES = List.of("Samtliga nämnder och styrelser");
    private static final Timing DURING_THE_PLAN = new Timing("Under planperioden", null, null);
    private static final Timing YEARLY = new Timing("Årligen under planperioden", null,
            new Recurrence(Recurrence.Frequency.YEARLY, null));

    private GoteborgPlan() {
    }

    public static List<TimelineEntry> timeline() {
        TimelineBuilder plan = new TimelineBuilder(MUNICIPALITY, PLAN)
                .by("registrar-srn")
                .drafted(TITLE, "2021-01-01", "2024-12-31", null, SOCIAL_RESURSNAMND, "2018-05-23")
                .revision(1, revision1(), "Social resursförvaltning", "2019-08-26",
                        "Förslag till ny plan: fyra mål och 19 aktiviteter", null)
                .sentForConsultation(1, 1, CONSULTED_BODIES, "2019-08-26", "2019-11-29");
        for (String body : CONSULTED_BODIES) {
            boolean opposes = body.equals(HBTQ_COUNCIL) || body.equals(DISABILITY_COUNCIL);
            plan.response(1, body, opposes ? Stance.OPPOSES : Stance.SUPPORTS,
                    opposes ? "Planen är alltför normativ; särskild utsatthet osynliggörs" : "Tillstyrker förslaget",
                    "2019-11-29");
        }
        return plan
                .decision(REFERRED_BACK, 1, SOCIAL_RESURSNAMND, "2020-12-16", "§ 244", null,
                        "Återremiss enligt yrkande från V och MP: normkritiskt och intersektionellt perspektiv, "
                                + "långsiktigt stöd, kvinnojourer, boende, Islandsmodellen", null)
                .by("registrar-snc")
                .revision(2, revision2(), "Socialförvaltningen Centrum", "2021-02-03",
                        "Justeringar utifrån yrkande från V och MP", "N164-0224/21")
                .transferred(SOCIAL_RESURSNAMND, SOCIALNAMNDEN_CENTRUM, "2021-01-01",
                        "Ny nämndorganisation: Social resursnämnd upphör")
                .recordedAt(TRANSFER_RECORDED_AT)
                .decision(APPROVED_AND_FORWARDED, 2, SOCIALNAMNDEN_CENTRUM, "2021-02-23", "§ 52", "N164-0224/21",
                        "Godkänner förslaget och översänder ärendet till kommunstyrelsen", null)
                .recordedAt(APPROVAL_RECORDED_AT)
                .by("registrar-ks")
                .decision(REFERRED_BACK, 2, KOMMUNSTYRELSEN, "2021-08-27", null, "0509/21",
                        "Komplettera med indikatorer med startläge, konkreta aktiviteter, samordningsansvar, "
                                + "särskilt utsatta grupper och ny lagstiftning; ny plan 2021–2025",
                        "2021-11-30")
                .entries();
    }

    static PlanContent revision1() {
        return new PlanContent(List.of(
                goal1(DISTRICT_COMMITTEES, "Uppmärksamma 25 november med aktiviteter under en vecka med fokus på "
                        + "våld mot kvinnor samt våld i nära relationer. Kampanjen Orange Day."),
                goal2(),
                goal3(new Timing("Under 2020", date("2020-12-31"), null), List.of()),
                goal4("Göteborgs Stads arbete mot våld i nära relationer är av hög kvalitet")));
    }

    /** Revision 2: campaign broadened, 1:4 moved to the new social committees, 3:1 postponed, 3:5 added, 4 renamed. */
    static PlanContent revision2() {
        return new PlanContent(List.of(
                goal1(SOCIALNAMNDER, "Uppmärksamma 25 november med aktiviteter under en vecka med fokus på våld mot "
                        + "kvinnor samt våld i nära relationer. Kampanjen Orange Day. Bredda kampanjen för att öka "
                        + "medvetenheten och kunskapen om våld i nära relationer."),
                goal2(),
                goal3(new Timing("Under 2021", date("2021-12-31"), null), List.of(new Activity("3:5",
                        "Genomföra insatser för att nå personer som inte nås idag och som kan ha behov av stöd eller "
                                + "skydd utifrån VINR.",
                        List.of("Personer som möter myndighetsutövande socialtjänst"), SOCIALNAMNDER,
                        DURING_THE_PLAN))),
                goal4("Göteborgs Stads arbete mot våld i nära relationer är av god kvalitet")));
    }

    private static Goal goal1(List<String> perpetratorSupportBodies, String campaign) {
        return new Goal("1", "Göteborgs Stad arbetar för att förhindra att våld i nära relationer uppkommer och "
                + "upprepas", null, List.of(
                new Activity("1:1", "Genomföra satsningar för att få kännedom om VINR samt de tre våldsförebyggande "
                        + "förändringsprinciperna enligt WHO.",
                        List.of("Medarbetare, chefer och förtroendevalda"), ALL_COMMITTEES, DURING_THE_PLAN),
                new Activity("1:2", campaign, List.of("Medarbetare och invånare"), ALL_COMMITTEES,
                        new Timing("Årligen", null, new Recurrence(Recurrence.Frequency.YEARLY, 11))),
                new Activity("1:4", "Gemensamt utveckla stödet till personer som riskerar att/eller utövar våld i "
                        + "nära relation.", List.of("Personer som utövar eller riskerar att utöva våld"),
                        perpetratorSupportBodies, DURING_THE_PLAN)),
                List.of());
    }

    private static Goal goal2() {
        return new Goal("2", "Göteborgs Stad tillgodoser våldsutsatta barns behov av skydd och stöd utifrån barnets "
                + "behov", null, List.of(
                new Activity("2:4", "Öka användningen av standardiserade bedömningsmetoder i ärenden där barn utsätts "
                        + "för VINR (Irisk, FREDA).", List.of("Medarbetare som bedömer risk för barn och unga"),
                        SOCIALNAMNDER, DURING_THE_PLAN)),
                List.of());
    }

    private static Goal goal3(Timing employerRoutine, List<Activity> added) {
        List<Activity> activities = new ArrayList<>(List.of(
                new Activity("3:1", "Ta fram en stadenövergripande rutin för hur staden som arbetsgivare ska upptäcka "
                        + "och stödja personer som lever med VINR.", List.of("Chefer och medarbetare i Göteborgs Stad"),
                        List.of(KOMMUNSTYRELSEN), employerRoutine),
                new Activity("3:4", "Ta fram en gemensam lägesbild årligen av behovet av akuta skyddsplaceringar.",
                        List.of("Våldsutsatta personer i behov av akut skydd"), SOCIALNAMNDER, YEARLY)));
        activities.addAll(added);
        return new Goal("3", "Göteborgs Stad tillgodoser våldsutsatta vuxnas behov av skydd och stöd utifrån den "
                + "enskildes behov", null, activities, List.of());
    }

    private static Goal goal4(String title) {
        return new Goal("4", title, null, List.of(
                new Activity("4:1", "Genomföra kontinuerlig kompetensutveckling om VINR i relation till nämndens och "
                        + "styrelsens uppdrag.", List.of("Medarbetare och chefer inom ansvariga nämnder och styrelser"),
                        SOCIALNAMNDER, DURING_THE_PLAN)),
                List.of());
    }
}
