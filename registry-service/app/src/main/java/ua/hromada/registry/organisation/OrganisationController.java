package ua.hromada.registry.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.hromada.registry.api.organisation.AmendOrganisationCommand;
import ua.hromada.registry.api.organisation.CorrectOrganisationCommand;
import ua.hromada.registry.api.organisation.CountOrganisationsQuery;
import ua.hromada.registry.api.organisation.FindOrganisationQuery;
import ua.hromada.registry.api.organisation.FindOrganisationsQuery;
import ua.hromada.registry.api.organisation.LiquidateOrganisationCommand;
import ua.hromada.registry.api.organisation.OrganisationCount;
import ua.hromada.registry.api.organisation.OrganisationDetails;
import ua.hromada.registry.api.organisation.OrganisationId;
import ua.hromada.registry.api.organisation.OrganisationKind;
import ua.hromada.registry.api.organisation.OrganisationPage;
import ua.hromada.registry.api.organisation.OrganisationStatus;
import ua.hromada.registry.api.organisation.OrganisationView;
import ua.hromada.registry.api.organisation.RegisterOrganisationCommand;
import ua.hromada.registry.api.organisation.RenameOrganisationCommand;
import ua.hromada.registry.api.organisation.WithdrawOrganisationCommand;
import ua.hromada.registry.record.ClientIds;
import ua.hromada.registry.record.ListRequest;
import ua.hromada.registry.record.RecordEndpoints;
import ua.hromada.registry.record.RecordReference;
import ua.hromada.registry.record.WithdrawalRequest;

import java.time.LocalDate;

/**
 * The register of organisations over HTTP, for the caller's council. Clients see and choose plain ids; inside, each
 * is scoped to the caller's tenant, so another council's organisation is simply not found. Reads come from the
 * directory projection, which follows the event store shortly after a write: a GET right after a POST may not see
 * it yet.
 */
@RestController
@RequestMapping(OrganisationController.PATH)
class OrganisationController {

    static final String PATH = "/api/registry/organisations";
    private static final String IF_MATCH = "If-Match";

    private final RecordEndpoints endpoints;

    OrganisationController(RecordEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Answers 201 for a new organisation and 200 for an identical repeat. */
    @PostMapping
    ResponseEntity<RecordReference> register(
            @Valid @RequestBody RegisterOrganisationRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        return endpoints.create("organisation", request.id(), idempotencyKey,
                clientId -> registration(inCallersCouncil(clientId), request));
    }

    static RegisterOrganisationCommand registration(OrganisationId id, RegisterOrganisationRequest request) {
        return new RegisterOrganisationCommand(id, request.kind(), request.name(), request.registeredOn(),
                request.liquidatedOn(), request.party(), request.code());
    }

    @PostMapping("/{id}/amendment")
    RecordReference amend(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                          @Valid @RequestBody OrganisationChangeRequests.Amendment request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new AmendOrganisationCommand(inCallersCouncil(id), request.party(),
                request.code(), request.amendedOn()), ifMatch);
    }

    @PostMapping("/{id}/renaming")
    RecordReference rename(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                           @Valid @RequestBody OrganisationChangeRequests.Renaming request,
                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new RenameOrganisationCommand(inCallersCouncil(id), request.name(),
                request.renamedOn()), ifMatch);
    }

    @PostMapping("/{id}/liquidation")
    RecordReference liquidate(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                              @Valid @RequestBody OrganisationChangeRequests.Liquidation request,
                              @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new LiquidateOrganisationCommand(inCallersCouncil(id), request.liquidatedOn()),
                ifMatch);
    }

    @PostMapping("/{id}/correction")
    RecordReference correct(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                            @Valid @RequestBody OrganisationChangeRequests.Correction request,
                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new CorrectOrganisationCommand(inCallersCouncil(id),
                new OrganisationDetails(request.kind(), request.name(), request.registeredOn(), request.liquidatedOn(),
                        request.party(), request.code()), request.reason()), ifMatch);
    }

    @PostMapping("/{id}/withdrawal")
    RecordReference withdraw(@PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
                             @Valid @RequestBody WithdrawalRequest request,
                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return endpoints.change(id, new WithdrawOrganisationCommand(inCallersCouncil(id), request.reason()), ifMatch);
    }

    /** The organisation with its version as {@code ETag}, for a later change to name in {@code If-Match}. */
    @GetMapping("/{id}")
    ResponseEntity<OrganisationView> find(
            @PathVariable @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id) {
        return endpoints.find(id, "organisation", new FindOrganisationQuery(inCallersCouncil(id)),
                OrganisationView.class, OrganisationView::version);
    }

    /** Organisations by name; withdrawn ones only with {@code status=withdrawn}. */
    @GetMapping
    OrganisationPage list(
            @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) OrganisationStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + ListRequest.DEFAULT_SIZE) @Min(1) @Max(ListRequest.MAX_SIZE) int size) {
        return endpoints.list(new FindOrganisationsQuery(ListRequest.filter(kind, status, from, to, text, page,
                size)), OrganisationPage.class);
    }

    /** How many organisations (of a kind) the register held at the end of {@code asOf}, by default today. */
    @GetMapping("/count")
    OrganisationCount count(
            @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return endpoints.count(asOf, day -> new CountOrganisationsQuery(kind, day), OrganisationCount.class);
    }

    private OrganisationId inCallersCouncil(String clientId) {
        return endpoints.inCallersCouncil(clientId, OrganisationId::of);
    }
}
