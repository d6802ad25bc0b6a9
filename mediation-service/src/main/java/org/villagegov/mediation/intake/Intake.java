package org.villagegov.mediation.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.villagegov.mediation.dispute.Cases;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.mediation.dispute.Party;
import org.villagegov.mediation.triage.Category;
import org.villagegov.mediation.triage.CountyRules;
import org.villagegov.mediation.triage.TriageRules;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/** Opens cases: triage picks the level, the county's rules the acceptance deadline; {@code case.opened} goes out with it. */
@Service
class Intake {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);

    private final Cases cases;
    private final TriageRules rules;
    private final PartyCheck partyCheck;
    private final PlaceGuard places;
    private final CountyTime time;

    Intake(Cases cases, TriageRules rules, PartyCheck partyCheck, PlaceGuard places, CountyTime time) {
        this.cases = cases;
        this.rules = rules;
        this.partyCheck = partyCheck;
        this.places = places;
        this.time = time;
    }

    /** A case filed by a person ({@link FilingPolicy}: who files how, and where the case is placed). */
    MediationCase file(IntakeController.NewCase request, PlatformUser user) {
        boolean asVillager = FilingPolicy.filesAsVillager(user);
        FilingPolicy.checkSource(request.source(), request.referral() != null, asVillager);
        List<Party> parties;
        FilingPolicy.Where where;
        if (asVillager) {
            parties = partyCheck.byVillager(request.parties(), user);
            where = FilingPolicy.villagersPlace(request.villageId(), request.townshipId(), parties.getFirst());
        } else {
            parties = partyCheck.byStaff(request.parties(), user);
            where = FilingPolicy.staffPlace(request.villageId(), request.townshipId(), parties, user, places);
        }
        MediationCase.Referral referral = request.source() == MediationCase.Source.REFERRAL
                ? new MediationCase.Referral(request.referral().by(), request.referral().reference()) : null;
        return open(UUID.randomUUID().toString(), request.source(), null, referral, where.townshipId(), where.villageId(),
                request.category(), request.description(), request.amount(), parties, user.subject());
    }

    MediationCase open(String id, MediationCase.Source source, String reportId, MediationCase.Referral referral,
                       String townshipId, String villageId, Category category, String description, long amount,
                       List<Party> parties, String openedBy) {
        CountyRules county = rules.current();
        MediationCase.Intake intake = new MediationCase.Intake(id, source, reportId, referral, townshipId, villageId,
                category, description, amount, parties, county.triage(category, amount, Party.spread(parties)), openedBy);
        return cases.insert(MediationCase.open(intake, time.today(), county.acceptanceDays(), time.now()));
    }

    /** The parties of a grid report's case, corrected by the staff who handle it before acceptance; triage runs again. */
    MediationCase correctParties(String id, List<PartyCheck.PartyRequest> requests, PlatformUser user) {
        MediationCase c = cases.handled(id, user);
        List<Party> parties = partyCheck.byStaff(requests, user);
        c.correctParties(parties, rules.current().triage(c.category(), c.amount(), Party.spread(parties)), time.now());
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
