package se.vinr.ledger.command.plan;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.events.plan.PlanResponsibilityTransferred;

import java.time.LocalDate;

import static se.vinr.ledger.command.CommandRejectedException.Reason.CONFLICT;
import static se.vinr.ledger.command.CommandRejectedException.Reason.INVALID;
import static se.vinr.ledger.command.organisation.Rejection.rejected;
import static se.vinr.ledger.command.plan.PlanTestData.GOTLAND;
import static se.vinr.ledger.command.plan.PlanTestData.PLAN_ID;
import static se.vinr.ledger.command.plan.PlanTestData.SOCIALNAMNDEN;
import static se.vinr.ledger.command.plan.PlanTestData.drafted;

/** Rule 8: responsibility passes from the body that holds it to another one. */
class PlanResponsibilityTest {

    private static final String REGIONSTYRELSEN = "Regionstyrelsen";
    private static final String HALSO_OCH_SJUKVARDSNAMNDEN = "Hälso- och sjukvårdsnämnden";
    private static final LocalDate EFFECTIVE = LocalDate.of(2023, 1, 1);
    private static final String REASON = "Ny nämndorganisation";

    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    @Test
    void transfersFromTheResponsibleBody() {
        fixture.given(drafted())
                .when(transfer(SOCIALNAMNDEN, REGIONSTYRELSEN))
                .expectEvents(transferred(SOCIALNAMNDEN, REGIONSTYRELSEN))
                .expectResultMessagePayload(1L);
    }

    @Test
    void theNewBodyHandsOnResponsibility() {
        fixture.given(drafted(), transferred(SOCIALNAMNDEN, REGIONSTYRELSEN))
                .when(transfer(REGIONSTYRELSEN, HALSO_OCH_SJUKVARDSNAMNDEN))
                .expectEvents(transferred(REGIONSTYRELSEN, HALSO_OCH_SJUKVARDSNAMNDEN));
    }

    @Test
    void onlyTheResponsibleBodyHandsOver() {
        fixture.given(drafted(), transferred(SOCIALNAMNDEN, REGIONSTYRELSEN))
                .when(transfer(SOCIALNAMNDEN, HALSO_OCH_SJUKVARDSNAMNDEN))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage(
                        "plan vinr-2022-2023 is the responsibility of Regionstyrelsen, not of Socialnämnden");
    }

    @Test
    void responsibilityPassesToAnotherBody() {
        fixture.given(drafted())
                .when(transfer(SOCIALNAMNDEN, SOCIALNAMNDEN))
                .expectNoEvents()
                .expectException(rejected(INVALID, "toBody"))
                .expectExceptionMessage("responsibility must pass to another body than Socialnämnden");
    }

    @Test
    void theReceivingBodyIsNamed() {
        fixture.given(drafted())
                .when(transfer(SOCIALNAMNDEN, ""))
                .expectNoEvents()
                .expectException(rejected(INVALID, "toBody"))
                .expectExceptionMessage("the body taking over responsibility is required");
    }

    @Test
    void aTransferIsDated() {
        fixture.given(drafted())
                .when(new TransferPlanResponsibility(GOTLAND, PLAN_ID, SOCIALNAMNDEN, REGIONSTYRELSEN, null, REASON,
                        null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "effectiveDate"))
                .expectExceptionMessage("the date the transfer takes effect is required");
    }

    private static TransferPlanResponsibility transfer(String from, String to) {
        return new TransferPlanResponsibility(GOTLAND, PLAN_ID, from, to, EFFECTIVE, REASON, null);
    }

    private static PlanResponsibilityTransferred transferred(String from, String to) {
        return new PlanResponsibilityTransferred(GOTLAND, PLAN_ID, from, to, EFFECTIVE, REASON);
    }
}
