package se.vinr.ledger.command;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import se.vinr.ledger.events.common.AggregateIds;

/**
 * A refused command as it crosses Axon Server: a command handled on another node comes back as a
 * {@link CommandExecutionException} that carries serializable details but not the handler's exception. The
 * handling node sends the refusal as this record; the dispatching node turns it back into the exception the web
 * layer answers from. Without Axon Server commands are handled in the dispatching JVM and none of this is used.
 */
public record Refusal(CommandRejectedException.Reason reason, String field, String message) {

    public CommandRejectedException toException() {
        return new CommandRejectedException(reason, field, message);
    }

    /** The command handler interceptor that wraps every refusal into a {@link CommandExecutionException} with one. */
    public static MessageHandlerInterceptor<CommandMessage<?>> wrapping() {
        return (unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (CommandRejectedException e) {
                throw travelling(e, new Refusal(e.reason(), e.field(), e.getMessage()));
            } catch (AggregateNotFoundException e) {
                throw travelling(e, new Refusal(CommandRejectedException.Reason.NOT_FOUND, null,
                        "unknown " + AggregateIds.describe(String.valueOf(e.getAggregateIdentifier()))));
            } catch (ConflictingAggregateVersionException e) {
                throw travelling(e, new Refusal(CommandRejectedException.Reason.CONFLICT, "If-Match",
                        "If-Match asked for version " + e.getExpectedVersion() + " but the current version is "
                                + e.getActualVersion()));
            } catch (ConcurrencyException e) {
                throw travelling(e, new Refusal(CommandRejectedException.Reason.CONFLICT, null,
                        "another change to the same record was stored first; read it again and retry"));
            }
        };
    }

    private static CommandExecutionException travelling(Exception cause, Refusal refusal) {
        return new CommandExecutionException(refusal.message(), cause, refusal);
    }
}
