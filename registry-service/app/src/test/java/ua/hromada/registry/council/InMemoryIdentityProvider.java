package ua.hromada.registry.council;

import ua.hromada.web.problem.ConflictException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A stand-in for Keycloak that keeps groups and users in memory, answers conflicts as Keycloak does, and can be
 * told to fail any step, so tests can see exactly what onboarding leaves behind.
 */
class InMemoryIdentityProvider implements IdentityProvider {

    enum Step { CREATE_GROUP, CREATE_USER, GRANT_ROLE, ADD_TO_COUNCIL, DELETE_USER, DELETE_GROUP }

    record Group(String id, String name, Map<String, String> attributes, Set<String> memberIds) {
    }

    record User(String id, String username, String email, String temporaryPassword, List<String> requiredActions,
                Set<String> realmRoles) {
    }

    private final Map<String, Group> groups = new HashMap<>();
    private final Map<String, User> users = new HashMap<>();
    private final Map<Step, RuntimeException> failing = new EnumMap<>(Step.class);
    private final List<Step> calls = new ArrayList<>();
    private Consumer<String> whileCreatingGroup = code -> { };

    /** The step fails as a Keycloak error answer would. */
    synchronized void failOn(Step step) {
        failOn(step, new IdentityProviderFailedException("Keycloak could not " + step + " (as the test asked)",
                false, null));
    }

    synchronized void failOn(Step step, RuntimeException failure) {
        failing.put(step, failure);
    }

    synchronized void reset() {
        groups.clear();
        users.clear();
        failing.clear();
        calls.clear();
        whileCreatingGroup = code -> { };
    }

    /** Runs after the group is created, e.g. to have another request onboard the same council meanwhile. */
    synchronized void whileCreatingGroup(Consumer<String> action) {
        whileCreatingGroup = action;
    }

    /** A council group that exists before any onboarding, as the demo realm's do. */
    synchronized String existingGroup(String code) {
        String id = UUID.randomUUID().toString();
        groups.put(id, new Group(id, code, Map.of(KeycloakIdentityProvider.TENANT_ATTRIBUTE, code), new HashSet<>()));
        return id;
    }

    synchronized Optional<Group> group(String name) {
        return groups.values().stream().filter(group -> group.name().equals(name)).findFirst();
    }

    synchronized Optional<User> user(String username) {
        return users.values().stream().filter(user -> user.username().equals(username)).findFirst();
    }

    synchronized int groupCount() {
        return groups.size();
    }

    synchronized int userCount() {
        return users.size();
    }

    synchronized List<Step> calls() {
        return List.copyOf(calls);
    }

    @Override
    public String createCouncilGroup(String code, String name) {
        String id;
        synchronized (this) {
            step(Step.CREATE_GROUP);
            if (group(code).isPresent()) {
                throw new ConflictException(Council.TENANT_EXISTS, "code", "group " + code + " exists");
            }
            id = UUID.randomUUID().toString();
            groups.put(id, new Group(id, code, Map.of(KeycloakIdentityProvider.TENANT_ATTRIBUTE, code,
                    KeycloakIdentityProvider.NAME_ATTRIBUTE, name), new HashSet<>()));
        }
        whileCreatingGroup.accept(code);
        return id;
    }

    @Override
    public synchronized String createUser(String email, String temporaryPassword) {
        step(Step.CREATE_USER);
        if (user(email).isPresent()) {
            throw new ConflictException("admin_exists", "adminEmail", "user " + email + " exists");
        }
        String id = UUID.randomUUID().toString();
        users.put(id, new User(id, email, email, temporaryPassword,
                List.of(KeycloakIdentityProvider.UPDATE_PASSWORD), new HashSet<>()));
        return id;
    }

    @Override
    public synchronized void grantCouncilAdminRole(String userId) {
        step(Step.GRANT_ROLE);
        existingUser(userId).realmRoles().add(COUNCIL_ADMIN_ROLE);
    }

    @Override
    public synchronized void addToCouncil(String userId, String groupId) {
        step(Step.ADD_TO_COUNCIL);
        existingUser(userId);
        Group group = groups.get(groupId);
        if (group == null) {
            throw new IllegalStateException("no group " + groupId);
        }
        group.memberIds().add(userId);
    }

    @Override
    public synchronized void deleteUser(String userId) {
        step(Step.DELETE_USER);
        users.remove(userId);
        groups.values().forEach(group -> group.memberIds().remove(userId));
    }

    @Override
    public synchronized void deleteGroup(String groupId) {
        step(Step.DELETE_GROUP);
        groups.remove(groupId);
    }

    synchronized Set<String> membersOf(String groupName) {
        return group(groupName).map(group -> Collections.unmodifiableSet(new HashSet<>(group.memberIds())))
                .orElse(Set.of());
    }

    private void step(Step step) {
        calls.add(step);
        RuntimeException failure = failing.get(step);
        if (failure != null) {
            throw failure;
        }
    }

    private User existingUser(String userId) {
        User user = users.get(userId);
        if (user == null) {
            throw new IllegalStateException("no user " + userId);
        }
        return user;
    }
}
