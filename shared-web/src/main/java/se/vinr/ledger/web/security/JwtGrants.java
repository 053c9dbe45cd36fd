package se.vinr.ledger.web.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a token's grants: the claim {@code vinr_grants} ({@code {"gotland": ["REPORTER"]}}) and the claim
 * {@code vinr_roles} (roles in every municipality), names configurable. Unknown roles are ignored; the subject is
 * the user id recorded on events.
 */
final class JwtGrants implements Converter<Jwt, AbstractAuthenticationToken> {

    private final VinrSecurityProperties.Jwt claims;

    JwtGrants(VinrSecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        Object grants = jwt.getClaims().get(claims.grantsClaim());
        if (grants instanceof Map<?, ?> perMunicipality) {
            perMunicipality.forEach((municipality, roles) -> add(authorities, String.valueOf(municipality), roles));
        }
        add(authorities, Grants.ALL, jwt.getClaims().get(claims.rolesClaim()));
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    private static void add(List<GrantedAuthority> authorities, String municipality, Object roles) {
        if (roles instanceof Collection<?> names) {
            for (Object name : names) {
                try {
                    Role role = Role.valueOf(String.valueOf(name).toUpperCase(Locale.ROOT));
                    authorities.add(new SimpleGrantedAuthority(role.authority(municipality)));
                } catch (IllegalArgumentException unknownRole) {
                    // a token may carry roles of other systems
                }
            }
        }
    }
}
