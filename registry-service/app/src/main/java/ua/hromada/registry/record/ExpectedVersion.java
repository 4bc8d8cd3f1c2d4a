package ua.hromada.registry.record;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import ua.hromada.tenancy.AnnotatedCommandTargets;
import ua.hromada.web.problem.InvalidInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency for people: a clerk who read a record at version 3 and changes it sends
 * {@code If-Match: "3"}; if someone else changed it in between, Axon refuses the command (409 {@code
 * version_conflict}) instead of applying a decision made on what the record no longer says. Without the header
 * a change applies to the record as it is. The version travels as command metadata, so commands stay plain records.
 */
public final class ExpectedVersion implements CommandTargetResolver {

    static final String META_DATA_KEY = "expectedVersion";
    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private final CommandTargetResolver identifiers = new AnnotatedCommandTargets();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = identifiers.resolveTarget(command);
        Object expected = command.getMetaData().get(META_DATA_KEY);
        if (expected == null) {
            return target;
        }
        return new VersionedAggregateIdentifier(target.getIdentifierValue(), ((Number) expected).longValue());
    }

    /** Sends a change of a record, expecting the version an {@code If-Match} header names, if any. */
    public static <R> R send(CommandGateway commandGateway, Object command, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return commandGateway.sendAndWait(command);
        }
        Matcher version = ETAG.matcher(ifMatch.strip());
        if (!version.matches()) {
            throw new InvalidInputException("invalid_value", "If-Match",
                    "If-Match must name the version the record was read at, as its ETag gave it, e.g. \"3\"");
        }
        return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.with(META_DATA_KEY, Long.parseLong(version.group(1)))));
    }

    /** The ETag of a record at {@code version}: the value a later {@code If-Match} repeats. */
    public static String etagOf(long version) {
        return "\"" + version + "\"";
    }
}
