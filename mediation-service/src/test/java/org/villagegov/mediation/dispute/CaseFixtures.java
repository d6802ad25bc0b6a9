package org.villagegov.mediation.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.villagegov.mediation.triage.Category;
import org.villagegov.mediation.triage.Level;

/** Cases in a given state, built through the aggregate's own transitions, for the unit tests of other features. */
public final class CaseFixtures {

    public static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    public static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    private CaseFixtures() {
    }

    /** Opened today at this level between two households of Baisha; acceptance within 3 days. */
    public static MediationCase open(Level level) {
        List<Party> parties = List.of(
                new Party("p1", Party.Kind.HOUSEHOLD, "hh-1", "t-jinhu", "v-baisha", null, null, null),
                new Party("p2", Party.Kind.HOUSEHOLD, "hh-2", "t-jinhu", "v-baisha", null, null, null));
        return MediationCase.open(new MediationCase.Intake("c-" + level, MediationCase.Source.WALK_IN, null, null,
                "t-jinhu", "v-baisha", Category.DEBT, "a debt", 500, parties, level, "cadre-1"), TODAY, 3, NOW);
    }

    /** Accepted today; resolution within 30 days. */
    public static MediationCase inMediation(Level level) {
        MediationCase c = open(level);
        c.assign("m-1", "m-1", null, "cadre-1", NOW);
        c.accept(TODAY, 30);
        return c;
    }

    /** Failed today; the next step within 7 days. */
    public static MediationCase failed(Level level) {
        MediationCase c = inMediation(level);
        c.fail("no agreement", TODAY, 7);
        return c;
    }

    /** Agreed today after one session; follow-up due in 30 days. */
    public static MediationCase agreed(Level level) {
        MediationCase c = inMediation(level);
        c.recordSession(TODAY, List.of("both heads"), "talked", "cadre-1", TODAY);
        c.agree("terms", c.parties().stream().map(p -> new MediationCase.Signature(p.id(), TODAY)).toList(), "cadre-1",
                TODAY, 30, NOW);
        return c;
    }

    public static void rate(MediationCase c, String partyId, int score) {
        c.rate(partyId, score, null, "villager-" + partyId, false, NOW);
    }

    public static void flagRisk(MediationCase c) {
        c.flagRisk(MediationCase.RiskKind.PETITION, "feud", "cadre-1", NOW);
    }

    public static void close(MediationCase c) {
        c.close(null, TODAY, NOW);
    }

    public static void followUp(MediationCase c, boolean honoured) {
        c.recordFollowUp(honoured, "checked", "cadre-1", TODAY);
    }
}
