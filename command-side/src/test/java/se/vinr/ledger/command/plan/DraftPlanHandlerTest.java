package se.vinr.ledger.command.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.command.CommandRejectedException;
import se.vinr.ledger.command.InMemoryCommandSide;
import se.vinr.ledger.command.organisation.MunicipalityRegistration;
import se.vinr.ledger.command.organisation.RegisterMunicipality;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.plan.PlanRevisionProposed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vinr.ledger.command.CommandRejectedException.Reason.CONFLICT;
import static se.vinr.ledger.command.CommandRejectedException.Reason.INVALID;
import static se.vinr.ledger.command.CommandRejectedException.Reason.NOT_FOUND;
import static se.vinr.ledger.command.plan.PlanTestData.CASE_NUMBER;
import static se.vinr.ledger.command.plan.PlanTestData.DRAFTED_ON;
import static se.vinr.ledger.command.plan.PlanTestData.GOTLAND;
import static se.vinr.ledger.command.plan.PlanTestData.PERIOD_START;
import static se.vinr.ledger.command.plan.PlanTestData.PLAN_ID;
import static se.vinr.ledger.command.plan.PlanTestData.SOCIALNAMNDEN;
import static se.vinr.ledger.command.plan.PlanTestData.TITLE;
import static se.vinr.ledger.command.plan.PlanTestData.content;
import static se.vinr.ledger.command.plan.PlanTestData.draft;
import static se.vinr.ledger.command.plan.PlanTestData.drafted;
import static se.vinr.ledger.command.plan.PlanTestData.propose;

/** {@link DraftPlanHandler} wired as in the application, with both aggregates it involves. */
class DraftPlanHandlerTest {

    private static final String PLAN = AggregateIds.plan(GOTLAND, PLAN_ID);

    private final InMemoryCommandSide commandSide = new InMemoryCommandSide();

    @BeforeEach
    void setUp() {
        commandSide.handler(new DraftPlanHandler(commandSide.municipalities(), commandSide.aggregate(Plan.class)));
    }

    @Test
    void draftsAPlanOfARegisteredMunicipalityAtVersion0() {
        registerGotland();

        long version = commandSide.send(draft());

        assertThat(version).isZero();
        assertThat(commandSide.payloadsOf(PLAN)).containsExactly(drafted());
        long afterRevision = commandSide.send(propose(content()));
        assertThat(afterRevision).isEqualTo(1);
        assertThat(commandSide.payloadsOf(PLAN)).last().isInstanceOf(PlanRevisionProposed.class);
    }

    @Test
    void aPlanOfAnUnknownMunicipalityIsNotFound() {
        assertThatThrownBy(() -> commandSide.send(draft()))
                .isInstanceOfSatisfying(CommandRejectedException.class, rejection -> {
                    assertThat(rejection.reason()).isEqualTo(NOT_FOUND);
                    assertThat(rejection.field()).isNull();
                    assertThat(rejection).hasMessage("unknown municipality gotland");
                });
        assertThat(commandSide.exists(PLAN)).isFalse();
    }

    @Test
    void aPlanIdIsDraftedOnlyOnce() {
        registerGotland();
        commandSide.send(draft());

        assertThatThrownBy(() -> commandSide.send(draft()))
                .isInstanceOfSatisfying(CommandRejectedException.class, rejection -> {
                    assertThat(rejection.reason()).isEqualTo(CONFLICT);
                    assertThat(rejection.field()).isNull();
                    assertThat(rejection).hasMessage("plan vinr-2022-2023 already exists in municipality gotland");
                });
        assertThat(commandSide.payloadsOf(PLAN)).containsExactly(drafted());
    }

    @Test
    void anInvalidDraftStoresNothing() {
        registerGotland();

        assertThatThrownBy(() -> commandSide.send(new DraftPlan(GOTLAND, PLAN_ID, TITLE, PERIOD_START,
                PERIOD_START.minusDays(1), CASE_NUMBER, SOCIALNAMNDEN, DRAFTED_ON)))
                .isInstanceOfSatisfying(CommandRejectedException.class, rejection -> {
                    assertThat(rejection.reason()).isEqualTo(INVALID);
                    assertThat(rejection.field()).isEqualTo("periodEnd");
                });
        assertThat(commandSide.exists(PLAN)).isFalse();
    }

    private void registerGotland() {
        MunicipalityRegistration registration =
                commandSide.send(new RegisterMunicipality(GOTLAND, "Region Gotland", "0980"));
        assertThat(registration).isEqualTo(new MunicipalityRegistration(0, true));
    }
}
