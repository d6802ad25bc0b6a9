package org.villagegov.mediation.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.indicator.Counter;
import org.villagegov.platform.indicator.Indicator;
import org.villagegov.platform.indicator.IndicatorSource;
import org.villagegov.platform.indicator.VillageHistory;
import org.villagegov.platform.time.CountyTime;

/**
 * The mediation indicators (docs/indicators.md "mediation-service"), defined as the county report
 * ({@code report/Figures}) defines them, but dated so any period can be read: a case counts at a
 * level for each stay there (escalation moves it on its day), in a status while it is in it, and
 * overdue from the day after the deadline of the step it waits for until it takes the step.
 * Everything comes from the cases of the village as stored; nothing depends on today.
 */
@Component
class MediationIndicators implements IndicatorSource {

    static final String OPENED = "casesOpened";
    static final String AT_VILLAGE = "openAtVillage";
    static final String AT_TOWNSHIP = "openAtTownship";
    static final String AT_COUNTY = "openAtCounty";
    static final String AWAITING_ACCEPTANCE = "statusOpen";
    static final String IN_MEDIATION = "statusInMediation";
    static final String AGREED_OPEN = "statusAgreed";
    static final String FAILED_OPEN = "statusFailed";
    static final String OVERDUE = "casesOverdue";
    static final String AGREED = "casesAgreed";
    static final String AGREED_AT_VILLAGE = "agreedAtVillage";
    static final String FAILED_ENDED = "casesFailedEnded";
    static final String CLOSED = "casesClosed";
    static final String ESCALATIONS = "caseEscalations";
    /** Days from intake to the agreement; the last bucket takes half a year and more. */
    static final String DAYS_TO_AGREEMENT = "daysToAgreement";
    static final int LAST_DAY = 180;

    private static final List<String> FIELDS = List.of("townshipId", "villageId", "level", "status", "openedAt",
            "openedOn", "acceptanceDeadline", "acceptedOn", "resolutionDeadline", "agreement", "failures",
            "failureDeadline", "escalations", "closedOn");

    private final MongoTemplate mongo;

    MediationIndicators(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Counter> counters() {
        List<Counter> counters = new ArrayList<>(List.of(
                Counter.flow(OPENED), Counter.flow(AGREED), Counter.flow(AGREED_AT_VILLAGE), Counter.flow(FAILED_ENDED),
                Counter.flow(CLOSED), Counter.flow(ESCALATIONS),
                Counter.stock(AT_VILLAGE), Counter.stock(AT_TOWNSHIP), Counter.stock(AT_COUNTY),
                Counter.stock(AWAITING_ACCEPTANCE), Counter.stock(IN_MEDIATION), Counter.stock(AGREED_OPEN),
                Counter.stock(FAILED_OPEN), Counter.stock(OVERDUE)));
        counters.addAll(Counter.histogram(DAYS_TO_AGREEMENT, LAST_DAY));
        return List.copyOf(counters);
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                Indicator.count("mediationCasesOpened", "新收调解案件", OPENED),
                Indicator.sum("mediationCasesPending", "在办调解案件", AT_VILLAGE, AT_TOWNSHIP, AT_COUNTY),
                Indicator.count("mediationPendingAtVillage", "在办案件（村级）", AT_VILLAGE),
                Indicator.count("mediationPendingAtTownship", "在办案件（乡镇级）", AT_TOWNSHIP),
                Indicator.count("mediationPendingAtCounty", "在办案件（县级）", AT_COUNTY),
                Indicator.count("mediationAwaitingAcceptance", "待受理案件", AWAITING_ACCEPTANCE),
                Indicator.count("mediationInProgress", "调解中案件", IN_MEDIATION),
                Indicator.count("mediationAgreedAwaitingClose", "已达成协议待结案", AGREED_OPEN),
                Indicator.count("mediationFailedAwaitingStep", "调解不成待处理", FAILED_OPEN),
                Indicator.count("mediationAgreementsReached", "达成调解协议", AGREED),
                Indicator.count("mediationFailedEnded", "调解不成", FAILED_ENDED),
                Indicator.count("mediationCasesClosed", "结案", CLOSED),
                Indicator.count("mediationEscalations", "逐级上交", ESCALATIONS),
                Indicator.percent("mediationSettledAtVillagePercent", "村级化解占比", AGREED_AT_VILLAGE, AGREED),
                new Indicator("mediationSuccessPercent", "调解成功率", Indicator.Unit.PERCENT,
                        values -> Indicator.percentOf(values.get(AGREED), values.get(AGREED) + values.get(FAILED_ENDED))),
                Indicator.medianDays("mediationMedianDaysToAgreement", "化解用时中位数", DAYS_TO_AGREEMENT, LAST_DAY),
                Indicator.count("mediationCasesOverdue", "超期案件", OVERDUE));
    }

    @Override
    public Set<String> villages() {
        return new TreeSet<>(mongo.findDistinct(new Query(), "villageId", MediationCase.class, String.class));
    }

    @Override
    public VillageHistory history(String villageId) {
        Query query = Query.query(Criteria.where("villageId").is(villageId));
        FIELDS.forEach(field -> query.fields().include(field));
        return history(villageId, mongo.find(query, MediationCase.class));
    }

    /** The village's counter changes from its cases; its township is the one its latest case names. */
    static VillageHistory history(String villageId, List<MediationCase> cases) {
        String township = cases.stream().filter(c -> c.openedAt() != null)
                .max(Comparator.comparing(MediationCase::openedAt)).map(MediationCase::townshipId)
                .orElse(cases.isEmpty() ? null : cases.getFirst().townshipId());
        VillageHistory history = VillageHistory.of(villageId, township);
        cases.forEach(c -> record(history, c));
        return history;
    }

    private static void record(VillageHistory history, MediationCase c) {
        if (c.openedOn() == null || c.level() == null) {
            return;
        }
        history.flow(OPENED, c.openedOn());
        LocalDate start = c.openedOn();
        for (MediationCase.Escalation up : c.escalations()) {
            LocalDate left = up.on() != null ? up.on() : CountyTime.dateOf(up.at());
            stay(history, new Stay(up.fromLevel(), start, left, up.acceptanceDeadline(), up.acceptedOn(),
                    up.resolutionDeadline(), failedOn(c, up.fromLevel()), up.failureDeadline(), null));
            history.flow(ESCALATIONS, left);
            start = left;
        }
        LocalDate agreedOn = c.agreement() == null ? null : c.agreement().reachedOn();
        stay(history, new Stay(c.level(), start, c.closedOn(), c.acceptanceDeadline(), c.acceptedOn(),
                c.resolutionDeadline(), failedOn(c, c.level()), c.failureDeadline(), agreedOn));
        if (agreedOn != null) {
            history.flow(AGREED, agreedOn);
            if (c.level() == Level.VILLAGE) {
                history.flow(AGREED_AT_VILLAGE, agreedOn);
            }
            history.days(DAYS_TO_AGREEMENT, LAST_DAY, c.openedOn(), agreedOn);
        } else if (c.status() == MediationCase.Status.FAILED || c.status() == MediationCase.Status.CLOSED) {
            // as Figures: a failure not taken further (never escalated since) ended the mediation, on its day
            LocalDate failed = failedOn(c, c.level());
            history.flow(FAILED_ENDED, failed != null ? failed : c.closedOn());
        }
        if (c.closedOn() != null) {
            history.flow(CLOSED, c.closedOn());
        }
    }

    /**
     * One stay of a case at one level, from the day it came there until it left (escalated) or
     * closed (null: still there), with that level's acceptance, deadlines and outcome.
     */
    private record Stay(Level level, LocalDate from, LocalDate until, LocalDate acceptanceDeadline, LocalDate acceptedOn,
                        LocalDate resolutionDeadline, LocalDate failedOn, LocalDate failureDeadline, LocalDate agreedOn) {
    }

    private static void stay(VillageHistory history, Stay stay) {
        history.holds(levelCounter(stay.level()), stay.from(), stay.until());
        LocalDate accepted = stay.acceptedOn() != null ? stay.acceptedOn() : stay.until();
        history.holds(AWAITING_ACCEPTANCE, stay.from(), accepted);
        history.overdue(OVERDUE, stay.acceptanceDeadline(), accepted);
        if (stay.acceptedOn() == null) {
            return;
        }
        LocalDate mediationEnded = stay.agreedOn() != null ? stay.agreedOn()
                : stay.failedOn() != null ? stay.failedOn() : stay.until();
        history.holds(IN_MEDIATION, stay.acceptedOn(), mediationEnded);
        history.overdue(OVERDUE, stay.resolutionDeadline(), mediationEnded);
        if (stay.agreedOn() != null) {
            history.holds(AGREED_OPEN, stay.agreedOn(), stay.until());
        } else if (stay.failedOn() != null) {
            history.holds(FAILED_OPEN, stay.failedOn(), stay.until());
            history.overdue(OVERDUE, stay.failureDeadline(), stay.until());
        }
    }

    /** The failure at that level (a case fails at most once per level: after a failure it goes up or ends). */
    private static LocalDate failedOn(MediationCase c, Level level) {
        return c.failures().stream().filter(f -> f.atLevel() == level).map(MediationCase.Failure::failedOn)
                .reduce((first, last) -> last).orElse(null);
    }

    private static String levelCounter(Level level) {
        return switch (level) {
            case VILLAGE -> AT_VILLAGE;
            case TOWNSHIP -> AT_TOWNSHIP;
            case COUNTY -> AT_COUNTY;
        };
    }
}
