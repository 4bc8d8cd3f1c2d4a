package ua.hromada.gateway.session;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.hromada.gateway.security.Caller;

import java.net.URI;
import java.util.List;

/** Tells the logged-in browser who it is: the console shows the user and council from this. */
@RestController
class SessionController {

    record SessionView(String user, String tenant, List<String> roles) {
    }

    @GetMapping("/session")
    SessionView session(Authentication authentication) {
        Caller caller = Caller.of(authentication)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "not logged in"));
        return new SessionView(caller.user(), caller.tenant(), List.copyOf(caller.roles()));
    }

    /** The web console will be served at the root; until it is, a login lands on the session it opened. */
    @GetMapping("/")
    ResponseEntity<Void> home() {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/session")).build();
    }
}
