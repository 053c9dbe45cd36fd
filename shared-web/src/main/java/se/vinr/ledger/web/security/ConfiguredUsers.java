package se.vinr.ledger.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** The HTTP Basic users: {@code admin} and those declared in {@code vinr.security.users}, passwords kept hashed. */
final class ConfiguredUsers {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredUsers.class);
    static final String ADMIN = "admin";

    private ConfiguredUsers() {
    }

    static InMemoryUserDetailsManager of(VinrSecurityProperties properties, String adminPassword,
                                         PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        String password = adminPassword;
        if (password == null || password.isBlank()) {
            password = generated();
            // Printed once, so whoever starts the service can sign in; set VINR_ADMIN_PASSWORD to choose it.
            log.warn("No VINR_ADMIN_PASSWORD set: the user '{}' has the generated password {}", ADMIN, password);
        }
        users.add(user(ADMIN, password, Role.ADMIN.name(), Grants.ALL, encoder));
        for (VinrSecurityProperties.User user : properties.users()) {
            if (user.name() == null || user.name().isBlank() || user.password() == null || user.password().isBlank()) {
                throw new IllegalStateException("vinr.security.users: every user needs a name and a password");
            }
            users.add(user(user.name(), user.password(), user.roles(), user.municipalities(), encoder));
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails user(String name, String password, String roles, String municipalities,
                                    PasswordEncoder encoder) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        for (String role : split(roles)) {
            Role granted;
            try {
                granted = Role.valueOf(role.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("vinr.security.users: user '" + name + "' has the unknown role '"
                        + role + "'; roles are " + Arrays.toString(Role.values()));
            }
            List<String> where = split(municipalities);
            for (String municipality : where.isEmpty() ? List.of(Grants.ALL) : where) {
                authorities.add(new SimpleGrantedAuthority(granted.authority(municipality)));
            }
        }
        String stored = password.startsWith("{") ? password : encoder.encode(password);
        return User.withUsername(name).password(stored).authorities(authorities).build();
    }

    private static List<String> split(String list) {
        return list == null ? List.of() : Arrays.stream(list.split(",")).map(String::trim)
                .filter(item -> !item.isEmpty()).toList();
    }

    private static String generated() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
