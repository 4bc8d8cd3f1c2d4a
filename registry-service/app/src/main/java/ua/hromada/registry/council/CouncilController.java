package ua.hromada.registry.council;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import ua.hromada.registry.api.council.CouncilList;
import ua.hromada.registry.api.council.CouncilView;
import ua.hromada.registry.api.council.FindCouncilQuery;
import ua.hromada.registry.api.council.FindCouncilsQuery;
import ua.hromada.web.problem.NotFoundException;

import java.net.URI;

/**
 * Tenant management over HTTP: onboarding councils and listing them. The platform's security lets only platform
 * administrators reach {@value #PATH} (and takes no {@code ApiAccessRule} for it), whose tokens name no council.
 * Lists come from the directory projection, which follows the event store shortly after an onboarding.
 */
@RestController
@RequestMapping(CouncilController.PATH)
class CouncilController {

    static final String PATH = "/api/tenants";

    private final CouncilOnboarding onboarding;
    private final QueryGateway queryGateway;

    CouncilController(CouncilOnboarding onboarding, QueryGateway queryGateway) {
        this.onboarding = onboarding;
        this.queryGateway = queryGateway;
    }

    /** Answers 201 with the first administrator's one-time password, which no cache may keep. */
    @PostMapping
    ResponseEntity<OnboardedCouncil> onboard(@Valid @RequestBody OnboardCouncilRequest request) {
        OnboardedCouncil council = onboarding.onboard(request.code(), request.trimmedName(),
                request.normalisedAdminEmail());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{code}")
                .buildAndExpand(council.code()).toUri();
        return ResponseEntity.created(location).cacheControl(CacheControl.noStore()).body(council);
    }

    @GetMapping
    CouncilList list() {
        return queryGateway.query(new FindCouncilsQuery(), ResponseTypes.instanceOf(CouncilList.class)).join();
    }

    @GetMapping("/{code}")
    CouncilView find(@PathVariable @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.RULE) String code) {
        return queryGateway.query(new FindCouncilQuery(code), ResponseTypes.optionalInstanceOf(CouncilView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("not_found", "code", "No council with code " + code + "."));
    }
}
