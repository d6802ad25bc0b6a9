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
        c.accept(TODAY, 30, NOW);
        return c;
    }

    /** Failed today; the next step within 7 days. */
    public static MediationCase failed(Level level) {
        MediationCase c = inMediation(level);
        c.fail("no agreement", TODAY, 7, NOW);
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

    /** A case of Baisha whose steps happen on the days a test names (acceptance 3 days, resolution 30, next step 7). */
    public static Story story(String id, Level level, LocalDate openedOn) {
        List<Party> parties = List.of(
                new Party("p1", Party.Kind.HOUSEHOLD, "hh-1", "t-jinhu", "v-baisha", null, null, null),
                new Party("p2", Party.Kind.HOUSEHOLD, "hh-2", "t-jinhu", "v-baisha", null, null, null));
        return new Story(MediationCase.open(new MediationCase.Intake(id, MediationCase.Source.WALK_IN, null, null,
                "t-jinhu", "v-baisha", Category.DEBT, "a debt", 500, parties, level, "cadre-1"), openedOn, 3,
                at(openedOn)));
    }

    /** Steps through the aggregate's own transitions, each on its day. */
    public record Story(MediationCase c) {

        public Story retriage(Level level) {
            c.reclassify(c.category(), c.amount(), level, NOW);
            return this;
        }

        public Story accept(LocalDate day) {
            c.assign("m-1", "m-1", null, "cadre-1", at(day));
            c.accept(day, 30, at(day));
            return this;
        }

        public Story agree(LocalDate day) {
            c.recordSession(day, List.of("both heads"), "talked", "cadre-1", day);
            c.agree("terms", c.parties().stream().map(p -> new MediationCase.Signature(p.id(), day)).toList(),
                    "cadre-1", day, 30, at(day));
            return this;
        }

        public Story fail(LocalDate day) {
            c.fail("no agreement", day, 7, at(day));
            return this;
        }

        public Story escalate(LocalDate day) {
            c.escalate("up", "cadre-1", day, 3, at(day));
            return this;
        }

        public Story refer(LocalDate day) {
            c.refer(MediationCase.Forum.ARBITRATION, null, day, at(day));
            return this;
        }

        /** The follow-up (honoured) and the closing, both that day. */
        public Story close(LocalDate day) {
            if (c.status() == MediationCase.Status.AGREED) {
                c.recordFollowUp(true, "checked", "cadre-1", day);
            }
            c.close(null, day, at(day));
            return this;
        }
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(org.villagegov.platform.time.CountyTime.ZONE).toInstant();
    }
}
