package se.vinr.ledger.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code vinr.security.*}: how callers authenticate and, for HTTP Basic, who they are.
 *
 * @param mode          {@code basic} (users from configuration; the standalone default) or {@code jwt} (an OAuth2
 *                      resource server; the default of the production profiles)
 * @param adminPassword the password of the user {@code admin} (also read from {@code VINR_ADMIN_PASSWORD}); when
 *                      neither is set a random one is generated and printed once at start-up
 * @param users         further users: {@code vinr.security.users[0].name}, {@code .password} (plain or
 *                      {@code {bcrypt}...}), {@code .roles} and {@code .municipalities} (comma lists, {@code *}: all)
 * @param jwt           the claims a token carries its grants in
 */
@ConfigurationProperties("vinr.security")
public record VinrSecurityProperties(Mode mode, String adminPassword, List<User> users, Jwt jwt) {

    public VinrSecurityProperties {
        mode = mode == null ? Mode.BASIC : mode;
        users = users == null ? List.of() : List.copyOf(users);
        jwt = jwt == null ? new Jwt(null, null) : jwt;
    }

    public enum Mode {
        BASIC,
        JWT
    }

    public record User(String name, String password, String roles, String municipalities) {
    }

    /**
     * @param grantsClaim a JSON object from municipality ({@code *}: all) to a list of roles,
     *                    e.g. {@code {"gotland": ["REPORTER", "VIEWER"]}}
     * @param rolesClaim  a list of roles held in every municipality, e.g. {@code ["AUDITOR"]}
     */
    public record Jwt(String grantsClaim, String rolesClaim) {

        public Jwt {
            grantsClaim = grantsClaim == null ? "vinr_grants" : grantsClaim;
            rolesClaim = rolesClaim == null ? "vinr_roles" : rolesClaim;
        }
    }
}
