package se.vinr.ledger.command.organisation;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import se.vinr.ledger.command.CommandRejectedException;
import se.vinr.ledger.command.CommandRejectedException.Reason;

import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Matches a {@link CommandRejectedException} by reason and field, for {@code expectException(…)} in fixtures; the
 * message is checked with {@code expectExceptionMessage}, which reports a difference more clearly. Lives here because
 * plans depend on organisation, not the other way round. {@link #assertRejected} does the same for commands sent
 * through a command bus.
 */
public final class Rejection {

    private Rejection() {
    }

    public static Matcher<CommandRejectedException> rejected(Reason reason, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRejectedException exception) {
                return exception.reason() == reason && Objects.equals(exception.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("CommandRejectedException " + reason + " on field " + field);
            }
        };
    }

    public static void assertRejected(ThrowingCallable sending, Reason reason, String field, String message) {
        assertThatThrownBy(sending).isInstanceOfSatisfying(CommandRejectedException.class, rejection -> {
            assertThat(rejection.reason()).isEqualTo(reason);
            assertThat(rejection.field()).isEqualTo(field);
            assertThat(rejection).hasMessage(message);
        });
    }
}
