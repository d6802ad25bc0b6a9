package org.villagegov.mediation.dispute;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.villagegov.mediation.mediator.Mediator;
import org.villagegov.mediation.mediator.Mediators;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.security.PlatformUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The level policy: who acts on a case, and whose rating is whose, decided without the database. */
class CaseAccessTests {

    private final Mediators mediators = mock(Mediators.class);
    private final CaseAccess access = new CaseAccess(mediators);

    private static PlatformUser user(String subject, String role, String township, String village) {
        return new PlatformUser(subject, subject, "daye", Set.of(role), township, village, null, null);
    }

    private final PlatformUser admin = user("admin-1", "county-admin", null, null);
    private final PlatformUser cadre = user("cadre-1", "village-cadre", "t-jinhu", "v-baisha");
    private final PlatformUser otherCadre = user("cadre-2", "village-cadre", "t-jinhu", "v-dongfeng");
    private final PlatformUser officer = user("officer-1", "township-officer", "t-jinhu", null);
    private final PlatformUser mediator = user("mediator-1", "mediator", "t-jinhu", "v-baisha");
    private final PlatformUser villager = user("villager-1", "villager", "t-jinhu", "v-baisha");

    private void mediatorIs(String id, Level level) {
        Mediator entry = mock(Mediator.class);
        when(entry.id()).thenReturn(id);
        when(entry.level()).thenReturn(level);
        when(mediators.byUser("mediator-1")).thenReturn(Optional.of(entry));
    }

    @Test
    void whenAVillageCaseIsHandledThenItsCadreAndTheCountyAdminActButNotTheTownshipOfficerOrAnotherVillage() {
        MediationCase c = CaseFixtures.open(Level.VILLAGE);
        when(mediators.byUser(any())).thenReturn(Optional.empty());

        assertThat(access.handles(c, cadre)).isTrue();
        assertThat(access.handles(c, admin)).isTrue();
        assertThat(access.handles(c, officer)).isFalse();
        assertThat(access.handles(c, otherCadre)).isFalse();
        assertThat(access.handles(c, villager)).isFalse();
    }

    @Test
    void whenACaseIsEscalatedToTheTownshipThenTheOfficerActsAndTheCadreNoLonger() {
        MediationCase c = CaseFixtures.open(Level.VILLAGE);
        c.escalate("too big", "cadre-1", CaseFixtures.TODAY, 3, CaseFixtures.NOW);

        assertThat(access.handles(c, officer)).isTrue();
        assertThat(access.handles(c, cadre)).isFalse();
    }

    @Test
    void whenAMediatorIsAssignedThenTheyActAtTheirLevelAndAnotherMediatorDoesNot() {
        MediationCase c = CaseFixtures.inMediation(Level.VILLAGE);
        mediatorIs("m-1", Level.VILLAGE);
        assertThat(access.handles(c, mediator)).isTrue();

        mediatorIs("m-2", Level.VILLAGE);
        assertThat(access.handles(c, mediator)).isFalse();
    }

    @Test
    void whenARatingIsGivenThenAPartyRatesAsThemselvesStaffOnPaperAndTheMediatorNever() {
        MediationCase c = CaseFixtures.agreed(Level.VILLAGE);
        MediationCase withAccount = CaseFixtures.agreed(Level.VILLAGE);
        when(mediators.byUser(any())).thenReturn(Optional.empty());

        assertThat(access.paperRating(c, "p1", cadre)).isTrue();
        assertThatThrownBy(() -> access.paperRating(c, "p1", villager)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.paperRating(c, "p1", otherCadre)).isInstanceOf(AccessDeniedException.class);

        mediatorIs("m-1", Level.VILLAGE);
        assertThatThrownBy(() -> access.paperRating(withAccount, "p1", mediator))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("mediator");
    }

    @Test
    void whenTheCallerIsOfThePlatformRealmOrHasNoUsableRoleThenTheScopeMatchesNothing() {
        PlatformUser platform = new PlatformUser("op", "op", "platform", Set.of("platform-operator"), null, null, null, null);
        assertThat(access.scope(platform).getCriteriaObject().get("_id")).isEqualTo("\u0000none");
        assertThat(access.scope(user("x", "grid-worker", "t-jinhu", "v-baisha")).getCriteriaObject().get("_id"))
                .isEqualTo("\u0000none");
        assertThat(access.scope(admin).getCriteriaObject()).isEmpty();
    }
}
