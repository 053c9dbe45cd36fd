package se.vinr.ledger.web.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

class GrantsTest {

    private static Grants of(String... authorities) {
        TestingAuthenticationToken token = new TestingAuthenticationToken("user", null, authorities);
        token.setAuthenticated(true);
        return Grants.of(token);
    }

    @Test
    void aMunicipalRoleHoldsInItsMunicipalityOnlyAndImpliesReading() {
        Grants reporter = of("gotland:REPORTER");

        assertThat(reporter.allows(Role.REPORTER, "gotland")).isTrue();
        assertThat(reporter.allows(Role.VIEWER, "gotland")).isTrue();
        assertThat(reporter.allows(Role.REPORTER, "goteborg")).isFalse();
        assertThat(reporter.allows(Role.VIEWER, "goteborg")).isFalse();
        assertThat(reporter.allows(Role.PLAN_EDITOR, "gotland")).isFalse();
        assertThat(reporter.readsAll()).isFalse();
        assertThat(reporter.readable()).containsExactly("gotland");
    }

    @Test
    void anAuditorReadsTheMunicipalitiesGrantedButWritesNothing() {
        Grants auditor = of("gotland:AUDITOR", "sundbyberg:AUDITOR");

        assertThat(auditor.allows(Role.AUDITOR, "gotland")).isTrue();
        assertThat(auditor.allows(Role.VIEWER, "sundbyberg")).isTrue();
        assertThat(auditor.allows(Role.AUDITOR, "goteborg")).isFalse();
        assertThat(auditor.allows(Role.REPORTER, "gotland")).isFalse();
        assertThat(auditor.readable()).containsExactly("gotland", "sundbyberg");
    }

    @Test
    void aGrantForAllMunicipalitiesHoldsEverywhere() {
        Grants viewer = of("*:VIEWER");

        assertThat(viewer.allows(Role.VIEWER, "goteborg")).isTrue();
        assertThat(viewer.readsAll()).isTrue();
        assertThat(viewer.allows(Role.REPORTER, "goteborg")).isFalse();
    }

    @Test
    void comparisonIsOnlyTheComparisonAndAdminIsEverything() {
        Grants comparison = of("*:COMPARISON");
        Grants admin = of("*:ADMIN");

        assertThat(comparison.allowsSomewhere(Role.COMPARISON)).isTrue();
        assertThat(comparison.allows(Role.VIEWER, "gotland")).isFalse();
        assertThat(admin.allows(Role.PLAN_EDITOR, "gotland")).isTrue();
        assertThat(admin.allowsSomewhere(Role.ADMIN)).isTrue();
        assertThat(admin.readsAll()).isTrue();
    }

    @Test
    void authoritiesThatAreNotGrantsAndUnauthenticatedCallersGrantNothing() {
        assertThat(of("ROLE_USER", "gotland:NO_SUCH_ROLE", ":VIEWER").allowsSomewhere(Role.VIEWER)).isFalse();
        assertThat(Grants.of(null).allowsSomewhere(Role.VIEWER)).isFalse();
        TestingAuthenticationToken unauthenticated = new TestingAuthenticationToken("x", null, "gotland:VIEWER");
        unauthenticated.setAuthenticated(false);
        assertThat(Grants.of(unauthenticated).allows(Role.VIEWER, "gotland")).as("not authenticated").isFalse();
    }
}
