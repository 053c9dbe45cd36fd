package se.vinr.ledger.command;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.events.common.MetadataKeys;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A command's request data goes onto what it causes; an event handled by a projection is not asked for any. */
class CorrelationDataTest {

    private final CommandSideConfiguration configuration = new CommandSideConfiguration();

    @Test
    void aCommandPassesOnItsRequestsCorrelationAndIsTheCause() {
        var command = new GenericCommandMessage<>("draft a plan").andMetaData(Map.of(
                MetadataKeys.CORRELATION_ID, "request-1", MetadataKeys.USER_ID, "utvecklingsledare-7",
                MetadataKeys.MUNICIPALITY_ID, "gotland", "unrelated", "x"));

        assertThat(configuration.correlationAndCausation().correlationDataFor(command)).isEqualTo(Map.of(
                MetadataKeys.CORRELATION_ID, "request-1", MetadataKeys.CAUSATION_ID, command.getIdentifier()));
        assertThat(configuration.requestMetadataProvider().correlationDataFor(command)).isEqualTo(Map.of(
                MetadataKeys.USER_ID, "utvecklingsledare-7", MetadataKeys.MUNICIPALITY_ID, "gotland"));
    }

    @Test
    void aCommandWithoutACorrelationIdStartsItsOwn() {
        var command = new GenericCommandMessage<>("draft a plan");

        assertThat(configuration.correlationAndCausation().correlationDataFor(command)).isEqualTo(Map.of(
                MetadataKeys.CORRELATION_ID, command.getIdentifier(), MetadataKeys.CAUSATION_ID, command.getIdentifier()));
    }

    @Test
    void anEventIsNotAskedForItsMetadata() {
        // a stored event reads its metadata when asked: here asking fails the test
        var event = new GenericEventMessage<>("training completed") {
            @Override
            public MetaData getMetaData() {
                throw new AssertionError("the event's metadata was read");
            }
        };

        for (CorrelationDataProvider provider : new CorrelationDataProvider[]{
                configuration.correlationAndCausation(), configuration.requestMetadataProvider()}) {
            assertThat(provider.correlationDataFor(event)).isEmpty();
        }
    }
}
