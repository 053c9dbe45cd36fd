package se.vinr.ledger.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The roles a user holds per municipality, read from the authorities {@code <municipality>:<ROLE>} (the municipality
 * {@code *} standing for all). Answers whether an action needing a role is allowed in a municipality.
 */
public final class Grants {

    public static final String ALL = "*";
    private static final Set<Role> READERS = EnumSet.of(Role.VIEWER, Role.REPORTER, Role.PLAN_EDITOR,
            Role.ORG_ADMIN, Role.AUDITOR);

    private final Map<String, Set<Role>> roles;

    private Grants(Map<String, Set<Role>> roles) {
        this.roles = roles;
    }

    public static Grants of(Authentication authentication) {
        Map<String, Set<Role>> roles = new HashMap<>();
        if (authentication != null && authentication.isAuthenticated()) {
            for (GrantedAuthority authority : authentication.getAuthorities()) {
                parse(authority.getAuthority()).ifPresent(grant ->
                        roles.computeIfAbsent(grant.getKey(), m -> EnumSet.noneOf(Role.class)).add(grant.getValue()));
            }
        }
        return new Grants(roles);
    }

    private static Optional<Map.Entry<String, Role>> parse(String authority) {
        int colon = authority == null ? -1 : authority.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Map.entry(authority.substring(0, colon), Role.valueOf(authority.substring(colon + 1))));
        } catch (IllegalArgumentException notARole) {
            return Optional.empty();
        }
    }

    /** Whether an action that needs {@code needed} may be taken in {@code municipality}. */
    public boolean allows(Role needed, String municipality) {
        if (holdsAnywhere(Role.ADMIN)) {
            return true;
        }
        if (needed == Role.COMPARISON) {
            return holdsAnywhere(Role.COMPARISON);
        }
        Set<Role> held = EnumSet.noneOf(Role.class);
        held.addAll(roles.getOrDefault(ALL, Set.of()));
        held.addAll(roles.getOrDefault(municipality, Set.of()));
        return needed == Role.VIEWER ? held.stream().anyMatch(READERS::contains) : held.contains(needed);
    }

    /** Whether an action that needs {@code needed} is allowed in at least one municipality. */
    public boolean allowsSomewhere(Role needed) {
        return roles.keySet().stream().anyMatch(municipality -> allows(needed, municipality));
    }

    /** Whether the user may read every municipality (then {@link #readable()} is not the whole answer). */
    public boolean readsAll() {
        return allows(Role.VIEWER, ALL);
    }

    /** The municipalities the user may read, when not {@link #readsAll() all}. */
    public Set<String> readable() {
        Set<String> readable = new TreeSet<>();
        roles.keySet().stream().filter(m -> !m.equals(ALL) && allows(Role.VIEWER, m)).forEach(readable::add);
        return readable;
    }

    private boolean holdsAnywhere(Role role) {
        return roles.values().stream().anyMatch(held -> held.contains(role));
    }
}
