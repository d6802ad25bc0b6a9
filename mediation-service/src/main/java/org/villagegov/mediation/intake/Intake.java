package org.villagegov.mediation.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.villagegov.mediation.dispute.Cases;
import org.villagegov.mediation.dispute.Category;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.mediation.dispute.Party;
import org.villagegov.mediation.triage.CountyRules;
import org.villagegov.mediation.triage.TriageRules;

/** Opens cases: triage picks the level, the county's rules the acceptance deadline; {@code case.opened} goes out with it. */
@Service
class Intake {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);

    private final Cases cases;
    private final TriageRules rules;
    private final Clock clock;

    Intake(Cases cases, TriageRules rules, Clock clock) {
        this.cases = cases;
        this.rules = rules;
        this.clock = clock;
    }

    MediationCase open(String id, MediationCase.Source source, String reportId, MediationCase.Referral referral,
                       String townshipId, String villageId, Category category, String description, long amount,
                       List<Party> parties, String openedBy) {
        CountyRules county = rules.current();
        MediationCase.Intake intake = new MediationCase.Intake(id, source, reportId, referral, townshipId, villageId,
                category, description, amount, parties, county.triage(category, amount, parties), openedBy);
        return cases.insert(MediationCase.open(intake, cases.today(), county.acceptanceDays(), clock.instant()));
    }

    /** The parties of a grid report's case, corrected by the staff before acceptance; triage runs again. */
    MediationCase correctParties(MediationCase c, List<Party> parties) {
        c.correctParties(parties, rules.current().triage(c.category(), c.amount(), parties));
        return cases.save(c);
    }

    /**
     * A grid report of a dispute. The case id is derived from the report id, so a redelivered
     * or re-sent report finds its case already there and opens nothing. Grid reports carry no
     * category: the case starts as NEIGHBOURHOOD and the staff correct it before acceptance.
     */
    void fromGridReport(DisputeReported report) {
        if (report.reportId() == null || report.townshipId() == null || report.villageId() == null) {
            log.warn("dispute.reported without report id or place; no case opened");
            return;
        }
        String id = "grid-" + report.reportId();
        List<String> households = report.householdIds() == null ? List.of() : report.householdIds().stream().distinct().toList();
        List<Party> parties = new ArrayList<>();
        for (String household : households) {
            parties.add(new Party("p" + (parties.size() + 1), Party.Kind.HOUSEHOLD, household, report.townshipId(),
                    report.villageId(), null, null, null));
        }
        try {
            open(id, MediationCase.Source.GRID_REPORT, report.reportId(), null, report.townshipId(), report.villageId(),
                    Category.NEIGHBOURHOOD, report.description(), 0, parties, "grid:" + report.reportedBy());
        } catch (DuplicateKeyException alreadyOpened) {
            log.info("Grid report {} already has case {}", report.reportId(), id);
        }
    }
}
