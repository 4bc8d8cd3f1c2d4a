package ua.hromada.reporting.rebuild;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ua.hromada.tenancy.CurrentUser;
import ua.hromada.tenancy.Role;
import ua.hromada.tenancy.TenantContext;
import ua.hromada.web.problem.NotFoundException;

/**
 * Rebuilds of the fact ledger: started by a council's admin or auditor (a rebuild changes no figure, it re-derives
 * all of them from the event store, for every council at once) or by a platform admin; followed by anyone who may
 * start one.
 */
@RestController
@RequestMapping(RebuildController.PATH)
class RebuildController {

    static final String PATH = "/api/reports/rebuilds";

    private final Rebuilds rebuilds;
    private final TenantContext tenants;

    RebuildController(Rebuilds rebuilds, TenantContext tenants) {
        this.rebuilds = rebuilds;
        this.tenants = tenants;
    }

    @PostMapping
    ResponseEntity<RebuildView> start() {
        CurrentUser caller = tenants.currentUser().orElseThrow();
        RebuildView started = rebuilds.start(caller.userId(), caller.tenant().orElse(null));
        return ResponseEntity.accepted().location(URI.create(PATH + "/" + started.id())).body(started);
    }

    @GetMapping
    List<RebuildView> list() {
        return rebuilds.list().stream().map(this::shownToCaller).toList();
    }

    @GetMapping("/{id}")
    RebuildView one(@PathVariable String id) {
        return rebuilds.find(id).map(this::shownToCaller)
                .orElseThrow(() -> new NotFoundException("rebuild_not_found", "id", "No rebuild " + id + "."));
    }

    @PostMapping("/{id}/cancellation")
    RebuildView cancel(@PathVariable String id) {
        return shownToCaller(rebuilds.cancel(id));
    }

    /** Who started a rebuild is shown to callers of the same council and to platform admins only. */
    private RebuildView shownToCaller(RebuildView rebuild) {
        CurrentUser caller = tenants.currentUser().orElseThrow();
        Optional<String> startedIn = rebuilds.tenantOf(rebuild.id());
        boolean mayKnow = caller.mayActAs(Role.PLATFORM_ADMIN) && caller.tenant().isEmpty()
                || caller.tenant().isPresent() && caller.tenant().equals(startedIn);
        if (mayKnow) {
            return rebuild;
        }
        return new RebuildView(rebuild.id(), rebuild.status(), rebuild.generation(), rebuild.processed(),
                rebuild.total(), rebuild.percent(), rebuild.eventsPerSecond(), rebuild.etaSeconds(), null,
                rebuild.requestedAt(), rebuild.finishedAt(), rebuild.failure());
    }
}
