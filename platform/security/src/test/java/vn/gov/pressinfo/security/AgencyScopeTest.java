package vn.gov.pressinfo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import vn.gov.pressinfo.web.ProblemException;

class AgencyScopeTest {

    private static final UUID OWN = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    private static AgencyScope scope(String role, String agencyClaim) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("someone");
        if (agencyClaim != null) {
            claims.setClaim(Roles.AGENCY_CLAIM, agencyClaim);
        }
        DefaultJWTCallerPrincipal token = new DefaultJWTCallerPrincipal("raw", "JWT", claims);
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("someone")).addRole(role).build();
        return new AgencyScope(new Caller(identity, token));
    }

    @Test
    void departmentWideRolesReachEveryAgency() {
        for (String role : new String[] {Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AUDITOR, Roles.SYSTEM}) {
            AgencyScope scope = scope(role, null);
            assertThat(scope.confinedAgency()).as(role).isEmpty();
            assertThatCode(() -> scope.requireAccess(OTHER)).as(role).doesNotThrowAnyException();
        }
    }

    @Test
    void anAgencyOfficerReachesOnlyItsOwnAgency() {
        AgencyScope scope = scope(Roles.AGENCY_OFFICER, OWN.toString());
        assertThat(scope.confinedAgency()).isEqualTo(Optional.of(OWN));
        assertThatCode(() -> scope.requireAccess(OWN)).doesNotThrowAnyException();
        assertThatThrownBy(() -> scope.requireAccess(OTHER)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void anAgencyOfficerWithoutAValidClaimReachesNothing() {
        assertThatThrownBy(() -> scope(Roles.AGENCY_OFFICER, null).requireAccess(OWN)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> scope(Roles.AGENCY_OFFICER, "not-a-uuid").requireAccess(OWN)).isInstanceOf(ProblemException.class);
    }

    @Test
    void aTokenWithoutAnyRoleOfTheSuiteReachesNothing() {
        assertThatThrownBy(() -> scope("someone-else", OWN.toString()).requireAccess(OWN)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(403));
    }
}
