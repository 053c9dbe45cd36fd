package se.vinr.ledger.command.plan;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.plan.Activity;
import se.vinr.ledger.events.plan.ConsultationResponseRecorded;
import se.vinr.ledger.events.plan.Goal;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.PlanDecisionRecorded;
import se.vinr.ledger.events.plan.PlanDrafted;
import se.vinr.ledger.events.plan.PlanResponsibilityTransferred;
import se.vinr.ledger.events.plan.PlanRevisionProposed;
import se.vinr.ledger.events.plan.PlanSentForConsultation;
import se.vinr.ledger.events.plan.Recurrence;
import se.vinr.ledger.events.plan.Stance;
import se.vinr.ledger.events.plan.Timing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static se.vinr.ledger.events.plan.DecisionKind.APPROVED_AND_FORWARDED;
import static se.vinr.ledger.events.plan.DecisionKind.REFERRED_BACK;

/**
 * Göteborgs Stad's plan 2021–2024 from the commission in 2018 to the second referral back in 2021, with names,
 * dates and paragraphs from the case papers (sources/goteborg-plan-2021-2024-arende.txt). Each step is one command
 * given everything before it; the plan must accept it, record exactly the expected event and return its sequence
 * number as the version.
 */
class GoteborgPlanHistoryTest {

    private static final MunicipalityId GOTEBORG = new MunicipalityId("goteborg");
    private static final PlanId PLAN = new PlanId("vinr-2021-2024");

    private static final String SOCIAL_RESURSNAMND = "Social resursnämnd";
    private static final String SOCIALNAMNDEN_CENTRUM = "Socialnämnden Centrum";
    private static final String KOMMUNSTYRELSEN = "Kommunstyrelsen";
    private static final String HBTQ_RADET = "Göteborgs Stads HBTQ-råd";
    private static final String FUNKTIONSHINDERRADET = "Göteborgs Stads råd för funktionshinderfrågor";
    private static final List<String> CONSULTED = List.of(
            "Stadsdelsnämnden Angered", "Stadsdelsnämnden Centrum", "Stadsdelsnämnden Norra Hisingen",
            "Stadsdelsnämnden Västra Göteborg", "Fastighetsnämnden", "Förskolenämnden", "Grundskolenämnden",
            "Utbildningsnämnden", "Göteborgs Stadshus AB", HBTQ_RADET, "Göteborgs Stads pensionärsråd",
            FUNKTIONSHINDERRADET, "Göteborgs Stads sverigefinska råd");
    private static final String OPPOSED_BECAUSE = "Planen är alltför normativ och den särskilda utsattheten för bland"
            + " andra hbtq-personer och personer med funktionsnedsättning är osynliggjord";

    private static final List<String> SOCIALNAMNDERNA = List.of(
            "Socialnämnd Centrum", "Socialnämnd Hisingen", "Socialnämnd Nordost", "Socialnämnd Sydväst");
    private static final String UNDER_PLANPERIODEN = "Under planperioden.";

    private record Step(String name, Object command, Object event) {
    }

    @TestFactory
    Stream<DynamicTest> fromTheCommissionToTheSecondReferralBack() {
        List<Step> history = history();
        return IntStream.range(0, history.size()).mapToObj(i -> {
            Step step = history.get(i);
            List<Object> before = history.subList(0, i).stream().map(Step::event).toList();
            return DynamicTest.dynamicTest(i + ": " + step.name(), () -> {
                AggregateTestFixture<Plan> fixture = new AggregateTestFixture<>(Plan.class);
                if (step.command() instanceof DraftPlan draft) {
                    fixture.givenNoPriorActivity()
                            .whenConstructing(() -> new Plan(draft))
                            .expectEvents(step.event());
                } else {
                    fixture.given(before)
                            .when(step.command())
                            .expectEvents(step.event())
                            .expectResultMessagePayload((long) i);
                }
            });
        });
    }

    private static List<Step> history() {
        List<Step> steps = new ArrayList<>();
        // KS 2018-05-23 § 492 asks Social resursnämnd for a new plan. The period is the plan's final one: a
        // revision cannot move the period (the commission spoke of 2020-2023).
        steps.add(new Step("2018-05-23 Kommunstyrelsen commissions a new plan from Social resursnämnd",
                new DraftPlan(GOTEBORG, PLAN, "Göteborgs Stads plan för arbetet mot våld i nära relationer 2021–2024",
                        LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), null, SOCIAL_RESURSNAMND,
                        LocalDate.of(2018, 5, 23)),
                new PlanDrafted(GOTEBORG, PLAN, "Göteborgs Stads plan för arbetet mot våld i nära relationer 2021–2024",
                        LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), null, SOCIAL_RESURSNAMND,
                        LocalDate.of(2018, 5, 23))));

        LocalDate sentOn = LocalDate.of(2019, 8, 26);
        steps.add(new Step("2019-08-26 the proposal: four goals, 19 activities",
                new ProposePlanRevision(GOTEBORG, PLAN, firstProposal(), "Social resursförvaltning", sentOn,
                        "Fyra mål och 19 aktiviteter", null, null),
                new PlanRevisionProposed(GOTEBORG, PLAN, 1, firstProposal(), "Social resursförvaltning", sentOn,
                        "Fyra mål och 19 aktiviteter", null)));
        steps.add(new Step("2019-08-26 the proposal goes out on remiss to 13 bodies",
                new SendPlanForConsultation(GOTEBORG, PLAN, null, CONSULTED, sentOn, null, null),
                new PlanSentForConsultation(GOTEBORG, PLAN, 1, 1, CONSULTED, sentOn, null)));
        // The papers do not date the responses: the history places them on the day the remiss went out.
        for (String body : CONSULTED) {
            boolean opposes = body.equals(HBTQ_RADET) || body.equals(FUNKTIONSHINDERRADET);
            Stance stance = opposes ? Stance.OPPOSES : Stance.SUPPORTS;
            String summary = opposes ? OPPOSED_BECAUSE : null;
            steps.add(new Step(body + " " + stance,
                    new RecordConsultationResponse(GOTEBORG, PLAN, null, body, stance, summary, null, null),
                    new ConsultationResponseRecorded(GOTEBORG, PLAN, 1, body, stance, summary, null, sentOn)));
        }

        String firstReasons = "Återremiss enligt yrkande från V och MP: remissinstansernas synpunkter om"
                + " normkritiskt förhållningssätt och intersektionellt perspektiv, det långsiktiga stödet till"
                + " våldsutsatta, kvinno- och tjejjourernas arbete, boende som motsvarar behoven, Islandsprojektet";
        LocalDate firstReferral = LocalDate.of(2020, 12, 16);
        steps.add(new Step("2020-12-16 Social resursnämnd § 244 refers the proposal back",
                new RecordPlanDecision(GOTEBORG, PLAN, REFERRED_BACK, null, SOCIAL_RESURSNAMND, firstReferral,
                        "§ 244", null, firstReasons, null, null, null),
                new PlanDecisionRecorded(GOTEBORG, PLAN, REFERRED_BACK, 1, SOCIAL_RESURSNAMND, firstReferral,
                        "§ 244", null, firstReasons, null, null)));

        String reorganisation = "Ny nämndorganisation: Social resursnämnd upphörde och dess stadenövergripande"
                + " uppdrag kring våld i nära relationer gick över till Socialnämnden Centrum";
        LocalDate newOrganisation = LocalDate.of(2021, 1, 1);
        steps.add(new Step("2021-01-01 responsibility passes to Socialnämnden Centrum",
                new TransferPlanResponsibility(GOTEBORG, PLAN, SOCIAL_RESURSNAMND, SOCIALNAMNDEN_CENTRUM,
                        newOrganisation, reorganisation, null),
                new PlanResponsibilityTransferred(GOTEBORG, PLAN, SOCIAL_RESURSNAMND, SOCIALNAMNDEN_CENTRUM,
                        newOrganisation, reorganisation)));

        String revised = "Justeringar utifrån yrkandet från V och MP; planperioden 2021–2024";
        LocalDate revisedOn = LocalDate.of(2021, 2, 3);
        steps.add(new Step("2021-02-03 the revised proposal, N164-0224/21",
                new ProposePlanRevision(GOTEBORG, PLAN, revisedProposal(), "Socialförvaltningen Centrum", revisedOn,
                        revised, "N164-0224/21", null),
                new PlanRevisionProposed(GOTEBORG, PLAN, 2, revisedProposal(), "Socialförvaltningen Centrum",
                        revisedOn, revised, "N164-0224/21")));

        LocalDate approvedOn = LocalDate.of(2021, 2, 23);
        steps.add(new Step("2021-02-23 Socialnämnden Centrum § 52 approves it and forwards it to Kommunstyrelsen",
                new RecordPlanDecision(GOTEBORG, PLAN, APPROVED_AND_FORWARDED, null, SOCIALNAMNDEN_CENTRUM,
                        approvedOn, "§ 52", "N164-0224/21", null, null, null, null),
                new PlanDecisionRecorded(GOTEBORG, PLAN, APPROVED_AND_FORWARDED, 2, SOCIALNAMNDEN_CENTRUM,
                        approvedOn, "§ 52", "N164-0224/21", null, null, null)));

        String secondReasons = "Återremiss enligt stadsledningskontorets tjänsteutlåtande (Dnr 0509/21) och yrkande"
                + " från MP, V, S, M, L, C, D: indikatorer till målen, konkretare aktiviteter, förtydligat"
                + " samordningsansvar, åtgärder för särskilt utsatta grupper, nya uppdrag och ny lagstiftning;"
                + " nytt förslag till plan 2021–2025";
        LocalDate secondReferral = LocalDate.of(2021, 8, 27);
        LocalDate reportBackBy = LocalDate.of(2021, 11, 30);
        steps.add(new Step("2021-08-27 Kommunstyrelsen refers it back, to be reported by 2021-11-30",
                new RecordPlanDecision(GOTEBORG, PLAN, REFERRED_BACK, null, KOMMUNSTYRELSEN, secondReferral, null,
                        "0509/21", secondReasons, reportBackBy, null, null),
                new PlanDecisionRecorded(GOTEBORG, PLAN, REFERRED_BACK, 2, KOMMUNSTYRELSEN, secondReferral, null,
                        "0509/21", secondReasons, reportBackBy, null)));
        return steps;
    }

    /** The papers give the 2019 proposal's four goals by number only. */
    private static PlanContent firstProposal() {
        return new PlanContent(IntStream.rangeClosed(1, 4)
                .mapToObj(n -> new Goal(String.valueOf(n), "Mål " + n, null, null, null))
                .toList());
    }

    /** The four goals of the revised plan, each with some of its activities as printed. */
    private static PlanContent revisedProposal() {
        return new PlanContent(List.of(
                new Goal("1", "Göteborgs Stad arbetar för att förhindra att våld i nära relationer uppkommer och"
                        + " upprepas", null, List.of(
                        new Activity("1:4", "Gemensamt utveckla stödet till personer som riskerar att/eller utövar"
                                + " våld i nära relation.",
                                List.of("Personer som möter medarbetare inom socialtjänst, äldreomsorg och"
                                        + " funktionsstöd."),
                                concat(SOCIALNAMNDERNA, "Nämnd för funktionsstöd", "Äldre samt vård- och omsorgsnämnd"),
                                new Timing("Under planperioden", null, null))), null),
                new Goal("2", "Göteborgs Stad tillgodoser våldsutsatta barns behov av skydd och stöd utifrån"
                        + " barnets behov", null, List.of(
                        new Activity("2:4", "Öka användningen av standardiserade bedömningsmetoder i ärenden där barn"
                                + " utsätts för VINR (Till exempel genom bedömningsmetoden Irisk och"
                                + " FREDA-instrumenten).",
                                List.of("Medarbetare som ska bedöma risk för barn och ungas våldsutsatthet."),
                                SOCIALNAMNDERNA, new Timing(UNDER_PLANPERIODEN, null, null))), null),
                new Goal("3", "Göteborgs Stad tillgodoser våldsutsatta vuxnas behov av skydd och stöd utifrån den"
                        + " enskildes behov", null, List.of(
                        new Activity("3:1", "Ta fram en stadenövergripande rutin för hur staden som arbetsgivare ska"
                                + " upptäcka och stödja personer som lever med VINR.",
                                List.of("Chefer och medarbetare i Göteborgs Stad."), List.of(KOMMUNSTYRELSEN),
                                new Timing("Under 2021.", LocalDate.of(2021, 12, 31), null)),
                        new Activity("3:4", "Ta fram en gemensam lägesbild årligen av behovet av akuta"
                                + " skyddsplaceringar, för att ha som stöd i arbetet med att erbjuda individer"
                                + " adekvat skydd.",
                                List.of("Våldsutsatta personer i behov av akut skydd."), SOCIALNAMNDERNA,
                                new Timing("Årligen under planperioden.", null,
                                        new Recurrence(Recurrence.Frequency.YEARLY, null)))), null),
                new Goal("4", "Göteborgs Stads arbete mot våld i nära relationer är av god kvalitet", null, List.of(
                        new Activity("4:4", "Utveckla arbetet med uppföljning av VINR-ärenden genom att ta fram"
                                + " gemensam kodbeskrivning och handhavandebeskrivning i stadens"
                                + " dokumentationssystem.",
                                List.of("Myndighetsutövande socialtjänst."),
                                concat(SOCIALNAMNDERNA, "Nämnd för Funktionsstöd", "Nämnd för äldreomsorg",
                                        "Nämnd för Intracare"),
                                new Timing("Under 2021-2022.", LocalDate.of(2022, 12, 31), null))), null)));
    }

    private static List<String> concat(List<String> first, String... more) {
        return Stream.concat(first.stream(), Stream.of(more)).toList();
    }
}
