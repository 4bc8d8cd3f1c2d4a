package ua.hromada.registry.record;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import ua.hromada.registry.api.record.CreationOutcome;
import ua.hromada.tenancy.TenantContext;
import ua.hromada.web.problem.NotFoundException;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What every register's REST controller does in the same way, so that every register answers alike: client ids
 * scoped to the caller's council, creation answered 201 with a {@code Location} (200 for an identical repeat),
 * changes that honour {@code If-Match}, a record read with its version as {@code ETag} or 404 {@code not_found}
 * naming {@code id}, lists, and counts as of a day that default to today in the council's time zone. A controller
 * keeps what is its own: its paths, parameters and their validation, and the commands and queries it builds.
 */
@Component
public class RecordEndpoints {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final TenantContext tenantContext;
    private final Clock clock;

    RecordEndpoints(CommandGateway commandGateway, QueryGateway queryGateway, TenantContext tenantContext,
                    Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.tenantContext = tenantContext;
        this.clock = clock;
    }

    /**
     * The aggregate identifier of a client id within the caller's council.
     *
     * @param idOf the register's identifier from the tenant-scoped value, e.g. {@code OrganisationId::of}
     */
    public <I> I inCallersCouncil(String clientId, Function<String, I> idOf) {
        return idOf.apply(tenantContext.scope(clientId).value());
    }

    /**
     * Records a new record under the requested id, or one derived from the {@code Idempotency-Key}, or a new one
     * (see {@link ClientIds}); answers 201 for a new record and 200 for an identical repeat, both with the record's
     * {@code Location} and its client id.
     *
     * @param recordType the register's record type, which keeps ids derived from one key apart per register
     * @param command    the creating command for the chosen client id, answered with a {@link CreationOutcome}
     */
    public ResponseEntity<RecordReference> create(String recordType, String requestedId, String idempotencyKey,
                                                  Function<String, ?> command) {
        String clientId = ClientIds.choose(recordType, requestedId, idempotencyKey);
        CreationOutcome outcome = commandGateway.sendAndWait(command.apply(clientId));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(clientId).toUri();
        RecordReference body = new RecordReference(clientId);
        return outcome.created()
                ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    /**
     * Adds a part with an id of its own to a record (a commission's meeting, a committee's election), chosen as
     * {@link #create} chooses ids, expecting the version {@code If-Match} names; answers 201 for a new part and 200
     * for an identical repeat, with the part's id and no {@code Location}.
     *
     * @param partType the part's type, e.g. {@code commission-meeting:<record id>}, keeping derived ids apart
     * @param command  the command adding the part with the chosen id, answered with a {@link CreationOutcome}
     */
    public ResponseEntity<RecordReference> addPart(String partType, String requestedId, String idempotencyKey,
                                                   Function<String, ?> command, String ifMatch) {
        String partId = ClientIds.choose(partType, requestedId, idempotencyKey);
        CreationOutcome outcome = ExpectedVersion.send(commandGateway, command.apply(partId), ifMatch);
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new RecordReference(partId));
    }

    /**
     * Changes a record, expecting the version {@code If-Match} names, if any.
     *
     * @param id the client id the answer names
     */
    public RecordReference change(String id, Object command, String ifMatch) {
        ExpectedVersion.send(commandGateway, command, ifMatch);
        return new RecordReference(id);
    }

    /**
     * One record with its version as {@code ETag}, for a later change to name in {@code If-Match}; 404
     * {@code not_found} naming {@code id} when the caller's council has no such record.
     *
     * @param id         the client id the caller asked for
     * @param recordName what the register calls a record in messages, e.g. {@code street committee}
     * @param query      the register's query for the one record, answered with an optional view
     */
    public <V> ResponseEntity<V> find(String id, String recordName, Object query, Class<V> viewType,
                                      ToLongFunction<V> versionOf) {
        V view = queryGateway.query(query, ResponseTypes.optionalInstanceOf(viewType))
                .join()
                .orElseThrow(() -> new NotFoundException("not_found", "id",
                        "No " + recordName + " with id " + id + "."));
        return ResponseEntity.ok().eTag(ExpectedVersion.etagOf(versionOf.applyAsLong(view))).body(view);
    }

    /** One page of a register's list, as the register's list query (built from {@link ListRequest}) asks. */
    public <P> P list(Object query, Class<P> pageType) {
        return queryGateway.query(query, ResponseTypes.instanceOf(pageType)).join();
    }

    /**
     * A count as of the end of a day.
     *
     * @param asOf  the day the client asked for, or {@code null} for today in the council's time zone
     * @param query the register's count query for that day
     */
    public <C> C count(LocalDate asOf, Function<LocalDate, ?> query, Class<C> countType) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        return queryGateway.query(query.apply(day), ResponseTypes.instanceOf(countType)).join();
    }
}
