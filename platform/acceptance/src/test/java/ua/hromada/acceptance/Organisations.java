package ua.hromada.acceptance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.UUID;

/** Requests to the register of organisations ({@code /api/registry/organisations}). */
final class Organisations {

    static final String PATH = "/api/registry/organisations";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Organisations() {
    }

    /** An id no other test (or earlier run against the same database) has used. */
    static String uniqueId() {
        return "acceptance-" + UUID.randomUUID();
    }

    static String path(String id) {
        return PATH + "/" + id;
    }

    /** The body of a registration with a client-chosen id. */
    static String registration(String id, String kind, String name, String registeredOn) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", id);
        body.put("kind", kind);
        body.put("name", name);
        body.put("registeredOn", registeredOn);
        return body.toString();
    }
}
