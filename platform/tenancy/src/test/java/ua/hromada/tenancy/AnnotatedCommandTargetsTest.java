package ua.hromada.tenancy;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The resolver agrees with Axon's on every way a command can name (or fail to name) its target. */
class AnnotatedCommandTargetsTest {

    record RecordCommand(@TargetAggregateIdentifier String id, @TargetAggregateVersion Long version) {
    }

    record TextVersion(@TargetAggregateIdentifier String id, @TargetAggregateVersion String version) {
    }

    static class MethodCommand {
        private final String field = "from-field";

        @TargetAggregateIdentifier
        String target() {
            return "from-method";
        }

        String field() {
            return field;
        }
    }

    static class InheritedCommand extends MethodCommand {
    }

    record NoTarget(String id) {
    }

    record NullTarget(@TargetAggregateIdentifier String id) {
    }

    static class FailingTarget {
        @TargetAggregateIdentifier
        String target() {
            throw new IllegalStateException("broken getter");
        }
    }

    private final CommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();
    private final CommandTargetResolver cached = new AnnotatedCommandTargets();

    @Test
    void resolvesWhatAxonResolves() {
        List<Object> commands = List.of(new RecordCommand("nizhyn:org-1", 3L), new RecordCommand("nizhyn:org-2", null),
                new TextVersion("nizhyn:org-3", "7"), new MethodCommand(), new InheritedCommand());
        for (Object command : commands) {
            VersionedAggregateIdentifier expected = axon.resolveTarget(message(command));
            VersionedAggregateIdentifier actual = cached.resolveTarget(message(command));
            assertThat(actual.getIdentifierValue()).as("%s", command).isEqualTo(expected.getIdentifierValue());
            assertThat(actual.getVersion()).as("%s", command).isEqualTo(expected.getVersion());
        }
        assertThat(cached.resolveTarget(message(new RecordCommand("nizhyn:org-1", 3L))).getVersion()).isEqualTo(3L);
        assertThat(cached.resolveTarget(message(new MethodCommand())).getIdentifier()).isEqualTo("from-method");
    }

    @Test
    void refusesWhatAxonRefuses() {
        for (Object command : List.of(new NoTarget("x"), new NullTarget(null), new FailingTarget())) {
            assertThatThrownBy(() -> axon.resolveTarget(message(command))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> cached.resolveTarget(message(command))).as("%s", command)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static CommandMessage<?> message(Object command) {
        return GenericCommandMessage.asCommandMessage(command);
    }
}
