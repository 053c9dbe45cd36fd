package se.vinr.ledger.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What a refusal on a command-handling node looks like when it reaches the dispatching node through Axon Server. */
class RefusalTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aRejectionTravelsAsSerializableDetailsAndBecomesTheSameRejectionAgain() throws Exception {
        Refusal refusal = travel(CommandRejectedException.notFound("unitId", "unknown unit u9 in municipality m"));

        Refusal received = json.readValue(json.writeValueAsString(refusal), Refusal.class);
        assertThat(received).isEqualTo(new Refusal(CommandRejectedException.Reason.NOT_FOUND, "unitId",
                "unknown unit u9 in municipality m"));
        assertThat(received.toException()).satisfies(e -> {
            assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.NOT_FOUND);
            assertThat(e.field()).isEqualTo("unitId");
        });
    }

    @Test
    void unknownAggregatesAndStaleVersionsTravelAsNotFoundAndConflict() throws Exception {
        assertThat(travel(new AggregateNotFoundException("gotland/plan/p1", "no such plan")))
                .isEqualTo(new Refusal(CommandRejectedException.Reason.NOT_FOUND, null, "unknown plan p1 of gotland"));
        assertThat(travel(new ConflictingAggregateVersionException("gotland", 3, 5)))
                .isEqualTo(new Refusal(CommandRejectedException.Reason.CONFLICT, "If-Match",
                        "If-Match asked for version 3 but the current version is 5"));
    }

    @Test
    void anythingElseStaysAsItIs() {
        IllegalStateException fault = new IllegalStateException("a bug");
        assertThatThrownBy(() -> handle(fault)).isSameAs(fault);
    }

    private static Refusal travel(Exception thrownByHandler) {
        Throwable thrown = catchThrowable(() -> handle(thrownByHandler));
        assertThat(thrown).isInstanceOf(CommandExecutionException.class);
        return ((CommandExecutionException) thrown).<Refusal>getDetails().orElseThrow();
    }

    private static Object handle(Exception thrownByHandler) throws Exception {
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage("a command");
        DefaultUnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(command);
        try {
            return Refusal.wrapping().handle(unitOfWork, () -> {
                throw thrownByHandler;
            });
        } finally {
            unitOfWork.rollback();
        }
    }
}
