package se.vinr.ledger.query.plan.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.organisation.MunicipalityRegistered;
import se.vinr.ledger.query.ReadModelTest;
import se.vinr.ledger.query.organisation.OrganisationProjection;
import se.vinr.ledger.query.plan.GoteborgPlan;
import se.vinr.ledger.query.plan.PlanProjection;
import se.vinr.ledger.query.plan.PlanQueryHandler;
import se.vinr.ledger.query.plan.TimelineBuilder;
import se.vinr.ledger.query.web.QueryProblemAdvice;

import java.net.URI;
import java.time.Instant;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan endpoints through Spring MVC and a real Axon query bus and gateway, so that errors arrive wrapped exactly
 * as in the application. (HTTP tests of the whole application live in deploy/standalone.)
 */
class PlanControllerTest extends ReadModelTest {

    private static final String PLAN = "/api/municipalities/goteborg/plans/" + GoteborgPlan.PLAN;

    @Autowired
    private PlanQueryHandler planQueryHandler;
    @Autowired
    private PlanProjection plans;
    @Autowired
    private OrganisationProjection organisation;
    @Autowired
    private ObjectMapper objectMapper;

    private MockMvc mvc;

    @BeforeEach
    void goteborgAndGotlandWithGoteborgsPlan() {
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(planQueryHandler).subscribe(queryBus);
        mvc = MockMvcBuilders
                .standaloneSetup(new PlanController(DefaultQueryGateway.builder().queryBus(queryBus).build()))
                .setControllerAdvice(new QueryProblemAdvice())
                .setMessageConverters(new MappingJackson2HttpMessageConverter(objectMapper))
                .build();
        Instant registered = Instant.parse("2018-01-01T00:00:00Z");
        organisation.on(new MunicipalityRegistered(new MunicipalityId("goteborg"), "Göteborgs Stad", "1480"),
                registered);
        organisation.on(new MunicipalityRegistered(new MunicipalityId("gotland"), "Region Gotland", "0980"),
                registered);
        TimelineBuilder.project(GoteborgPlan.timeline(), plans);
    }

    @Test
    void thePlanAsOfTheEndOfJanuary2021() throws Exception {
        get(PLAN + "?asOf=2021-01-31")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value("REFERRED_BACK"))
                .andExpect(jsonPath("$.responsibleBody").value(GoteborgPlan.SOCIALNAMNDEN_CENTRUM))
                .andExpect(jsonPath("$.periodStart").value("2021-01-01"))
                .andExpect(jsonPath("$.contentInForce").value(nullValue()))
                .andExpect(jsonPath("$.pendingRevision.revision").value(1))
                .andExpect(jsonPath("$.pendingRevision.stage").value("REFERRED_BACK"))
                .andExpect(jsonPath("$.pendingRevision.content.goals", hasSize(4)))
                .andExpect(jsonPath("$.decisions[0].paragraph").value("§ 244"))
                .andExpect(jsonPath("$.consultations[0].responses", hasSize(13)))
                .andExpect(jsonPath("$.version").value(18))
                .andExpect(jsonPath("$.asOf").value("2021-01-31"))
                .andExpect(jsonPath("$.knownAt").value(nullValue()));
    }

    @Test
    void asOfMayBeAnInstantWhoseDateCountsAndKnownAtAnInstant() throws Exception {
        get(PLAN + "?asOf=2021-02-10T23:59:00%2B01:00&knownAt=2021-02-20T10:59:59%2B01:00")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2021-02-10"))
                .andExpect(jsonPath("$.knownAt").value("2021-02-20T09:59:59Z"))
                .andExpect(jsonPath("$.responsibleBody").value(GoteborgPlan.SOCIAL_RESURSNAMND))
                .andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void theMunicipalitysPlans() throws Exception {
        get("/api/municipalities/goteborg/plans?asOf=2021-03-01")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].planId").value(GoteborgPlan.PLAN))
                .andExpect(jsonPath("$[0].caseNumber").value("N164-0224/21"))
                .andExpect(jsonPath("$[0].status").value("APPROVED"));
        get("/api/municipalities/gotland/plans").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void theHistoryWithTheDiffOfRevision2() throws Exception {
        get(PLAN + "/history")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries", hasSize(21)))
                .andExpect(jsonPath("$.entries[17].type").value("PlanResponsibilityTransferred"))
                .andExpect(jsonPath("$.entries[17].recordedBy").value("registrar-snc"))
                .andExpect(jsonPath("$.entries[18].details.caseNumber").value("N164-0224/21"))
                .andExpect(jsonPath("$.entries[18].diff.activities.added[0].path").value("goals[3].activities[3:5]"))
                .andExpect(jsonPath("$.entries[18].diff.activities.changed[2].field").value("timing.text"))
                .andExpect(jsonPath("$.entries[18].diff.activities.changed[2].before").value("Under 2020"))
                .andExpect(jsonPath("$.entries[18].diff.activities.changed[2].after").value("Under 2021"));
    }

    @Test
    void anUnknownPlanIsA404ProblemEvenThroughTheQueryGateway() throws Exception {
        expectNotFound(get("/api/municipalities/goteborg/plans/no-such-plan"), "Plan not found");
    }

    @Test
    void anotherMunicipalitysPlanIsNotFound() throws Exception {
        expectNotFound(get("/api/municipalities/gotland/plans/" + GoteborgPlan.PLAN), "Plan not found");
        expectNotFound(get("/api/municipalities/gotland/plans/" + GoteborgPlan.PLAN + "/history"), "Plan not found");
    }

    @Test
    void aPlanAsOfBeforeItExistedIsNotFound() throws Exception {
        expectNotFound(get(PLAN + "?asOf=2018-05-22"), "Plan not found");
    }

    @Test
    void theFirstEntryOfTheHistoryIsTheDraftingAndNothingBeforeIt() throws Exception {
        get(PLAN + "/history?asOf=2018-05-23")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries", hasSize(1)))
                .andExpect(jsonPath("$.entries[0].type").value("PlanDrafted"))
                .andExpect(jsonPath("$.entries[0].diff").value(nullValue()));
    }

    @Test
    void plansOfAnUnknownMunicipalityAreNotFound() throws Exception {
        expectNotFound(get("/api/municipalities/sundbyberg/plans"), "Municipality not found");
    }

    @Test
    void aMalformedAsOfOrKnownAtIsA400ProblemNamingTheField() throws Exception {
        expectInvalid(get(PLAN + "?asOf=31/01/2021"), "asOf");
        expectInvalid(get(PLAN + "/history?knownAt=2021-06-30"), "knownAt");
        expectInvalid(get("/api/municipalities/goteborg/plans?asOf=soon"), "asOf");
    }

    @Test
    void aMalformedIdIsA400Problem() throws Exception {
        expectInvalid(get("/api/municipalities/G%C3%B6teborg/plans"), "municipalityId");
        expectInvalid(get("/api/municipalities/goteborg/plans/-plan"), "planId");
    }

    private ResultActions get(String uri) throws Exception {
        // a URI, not a template: the request goes out exactly as written, percent-encoding included
        return mvc.perform(MockMvcRequestBuilders.get(URI.create(uri)).accept(MediaType.APPLICATION_JSON));
    }

    private static void expectNotFound(ResultActions response, String title) throws Exception {
        response.andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:vinr:problem:not-found"))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.errors", hasSize(0)));
    }

    private static void expectInvalid(ResultActions response, String field) throws Exception {
        response.andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:vinr:problem:invalid-request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }
}
