package se.vinr.ledger.web.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class ConfiguredUsersTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private static VinrSecurityProperties users(VinrSecurityProperties.User... users) {
        return new VinrSecurityProperties(null, null, List.of(users), null);
    }

    @Test
    void withoutAnAdminPasswordARandomOneIsGeneratedAndPrintedOnce(CapturedOutput output) {
        UserDetails admin = ConfiguredUsers.of(users(), null, encoder).loadUserByUsername("admin");

        Matcher printed = Pattern.compile("generated password (\\S+)").matcher(output.getOut());
        assertThat(printed.find()).isTrue();
        assertThat(printed.group(1)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(encoder.matches(printed.group(1), admin.getPassword())).isTrue();
        assertThat(printed.find()).as("printed once").isFalse();
        assertThat(admin.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("*:ADMIN");
    }

    @Test
    void twoStartsWithoutAPasswordNeverShareOne() {
        String first = ConfiguredUsers.of(users(), "", encoder).loadUserByUsername("admin").getPassword();
        String second = ConfiguredUsers.of(users(), "", encoder).loadUserByUsername("admin").getPassword();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void passwordsAreKeptHashedAndRolesAreGrantedPerMunicipality(CapturedOutput output) {
        UserDetails reporter = ConfiguredUsers.of(users(new VinrSecurityProperties.User("anna", "s3cret",
                "reporter, VIEWER", "gotland,sundbyberg")), "admin-pw", encoder).loadUserByUsername("anna");

        assertThat(reporter.getPassword()).startsWith("{bcrypt}").doesNotContain("s3cret");
        assertThat(encoder.matches("s3cret", reporter.getPassword())).isTrue();
        assertThat(reporter.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactlyInAnyOrder(
                "gotland:REPORTER", "sundbyberg:REPORTER", "gotland:VIEWER", "sundbyberg:VIEWER");
        assertThat(output.getOut()).doesNotContain("generated password");
    }

    @Test
    void aBcryptPasswordIsTakenAsItIsAndAUserWithoutMunicipalitiesHoldsTheRoleEverywhere() {
        String hash = encoder.encode("pw");
        UserDetails auditor = ConfiguredUsers.of(users(new VinrSecurityProperties.User("revisor", hash, "AUDITOR",
                null)), "admin-pw", encoder).loadUserByUsername("revisor");

        assertThat(auditor.getPassword()).isEqualTo(hash);
        assertThat(auditor.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("*:AUDITOR");
    }

    @Test
    void anUnknownRoleOrAUserWithoutPasswordStopsTheStart() {
        assertThatThrownBy(() -> ConfiguredUsers.of(users(new VinrSecurityProperties.User("x", "pw", "SUPERUSER",
                "gotland")), "admin-pw", encoder)).hasMessageContaining("unknown role 'SUPERUSER'");
        assertThatThrownBy(() -> ConfiguredUsers.of(users(new VinrSecurityProperties.User("x", " ", "VIEWER",
                "gotland")), "admin-pw", encoder)).hasMessageContaining("needs a name and a password");
    }
}
