package org.villagegov.mediation.dispute;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.villagegov.mediation.mediator.Mediator;
import org.villagegov.mediation.mediator.Mediators;
import org.villagegov.mediation.triage.CountyRules;
import org.villagegov.mediation.triage.TriageRules;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/**
 * A case's life after intake, one method per step: each loads the case within the caller's
 * scope, checks the level policy ({@link CaseAccess#handles}), lets the case take the step with
 * the county's deadlines, and saves it (optimistic locking through the version; the events the
 * step raised go out in the same write).
 */
@Service
public class Cases {

    private final CaseQueries queries;
    private final CaseAccess access;
    private final Mediators mediators;
    private final TriageRules rules;
    private final PlaceGuard places;
    private final CountyTime time;

    Cases(CaseQueries queries, CaseAccess access, Mediators mediators, TriageRules rules, PlaceGuard places,
          CountyTime time) {
        this.queries = queries;
        this.access = access;
        this.mediators = mediators;
        this.rules = rules;
        this.places = places;
        this.time = time;
    }

    // ---- loading and saving, also for intake and the deadline check

    /** The case if the caller may see it; otherwise 404, so nothing tells it exists. */
    MediationCase visible(String id, PlatformUser user) {
        MediationCase found = queries.byId(id, access.scope(user));
        if (found == null) {
            throw new NotFoundException("Case", id);
        }
        return found;
    }

    /** A visible case the caller may also work on ({@link CaseAccess#handles}: the level policy); else 403. */
    public MediationCase handled(String id, PlatformUser user) {
        MediationCase found = visible(id, user);
        if (!access.handles(found, user)) {
            throw new AccessDeniedException("Only the staff of the case's place and level, or its assigned mediator, may do this");
        }
        return found;
    }

    public MediationCase save(MediationCase c) {
        return queries.save(c);
    }

    public MediationCase insert(MediationCase c) {
        return queries.insert(c);
    }

    // ---- reads

    /** A place filter names a place of the county the caller may look at, else 422 naming it. */
    Page<MediationCase> page(CaseQueries.Filter filter, Pageable pageable, PlatformUser user) {
        places.scope(filter.villageId(), filter.townshipId(), user, "villageId", "townshipId");
        return queries.page(filter, access.scope(user), pageable);
    }

    List<MediationCase> riskRegister(PlatformUser user) {
        return queries.flagged(access.scope(user));
    }

    /** The suggested mediator for a case the caller handles, with their caseload; none serves: 422. */
    Suggested suggestion(String id, PlatformUser user) {
        MediationCase c = handled(id, user);
        Mediator m = mediators.suggest(c.level(), c.townshipId(), c.villageId(), c.category())
                .orElseThrow(() -> new RuleViolationException("mediatorId", "No active " + c.level()
                        + " mediator with specialty " + c.category() + " serves this place"));
        return new Suggested(m, mediators.caseload(m.id()));
    }

    record Suggested(Mediator mediator, long caseload) {
    }

    // ---- triage and assignment

    MediationCase classify(String id, CaseController.Classification request, PlatformUser user) {
        return step(id, user, c -> c.reclassify(request.category(), request.amount(),
                county().triage(request.category(), request.amount(), Party.spread(c.parties())), time.now()));
    }

    /** The suggested mediator, or another of the case's level and place with a reason for the override. */
    MediationCase assign(String id, CaseController.AssignmentRequest request, PlatformUser user) {
        return step(id, user, c -> {
            String suggested = mediators.suggest(c.level(), c.townshipId(), c.villageId(), c.category())
                    .map(Mediator::id).orElse(null);
            String chosen = request.mediatorId() != null ? request.mediatorId() : suggested;
            if (chosen == null) {
                throw new RuleViolationException("mediatorId", "No mediator to suggest; name one");
            }
            Mediator mediator = mediators.byId(chosen)
                    .filter(m -> mediators.mayServe(m, c.level(), c.townshipId(), c.villageId()))
                    .orElseThrow(() -> new RuleViolationException("mediatorId",
                            "No active " + c.level() + " mediator '" + chosen + "' serves this place"));
            String override = null;
            if (!mediator.id().equals(suggested)) {
                if (request.overrideReason() == null || request.overrideReason().isBlank()) {
                    throw new RuleViolationException("overrideReason", "Choosing another than the suggested mediator needs a reason");
                }
                override = request.overrideReason();
            }
            c.assign(mediator.id(), suggested, override, user.subject(), time.now());
        });
    }

    // ---- the mediation

    MediationCase accept(String id, PlatformUser user) {
        return step(id, user, c -> c.accept(today(), county().resolutionDays(), time.now()));
    }

    MediationCase recordSession(String id, CaseController.SessionRequest request, PlatformUser user) {
        return step(id, user, c -> c.recordSession(request.heldOn(), request.attendees(), request.notes(), user.subject(),
                today()));
    }

    MediationCase agree(String id, CaseController.AgreementRequest request, PlatformUser user) {
        List<MediationCase.Signature> signatures = request.signatures().stream()
                .map(s -> new MediationCase.Signature(s.partyId(), s.signedOn())).toList();
        return step(id, user, c -> c.agree(request.terms(), signatures, user.subject(), today(),
                county().followUpDays(), time.now()));
    }

    MediationCase fail(String id, String reason, PlatformUser user) {
        return step(id, user, c -> c.fail(reason, today(), county().failedDays(), time.now()));
    }

    MediationCase escalate(String id, String reason, PlatformUser user) {
        return step(id, user, c -> c.escalate(reason, user.subject(), today(), county().acceptanceDays(), time.now()));
    }

    MediationCase refer(String id, CaseController.ReferralRequest request, PlatformUser user) {
        return step(id, user, c -> c.refer(request.forum(), request.notes(), today(), time.now()));
    }

    MediationCase requestConfirmation(String id, String court, PlatformUser user) {
        return step(id, user, c -> c.requestJudicialConfirmation(court, today()));
    }

    MediationCase recordCourtAnswer(String id, CaseController.CourtAnswer request, PlatformUser user) {
        return step(id, user, c -> c.recordCourtAnswer(request.confirmed(), request.reason(), request.answeredOn(), today()));
    }

    MediationCase recordFollowUp(String id, CaseController.FollowUpRequest request, PlatformUser user) {
        return step(id, user, c -> c.recordFollowUp(request.honoured(), request.notes(), user.subject(), today()));
    }

    MediationCase close(String id, String notes, PlatformUser user) {
        return step(id, user, c -> c.close(notes, today(), time.now()));
    }

    // ---- risk and ratings

    MediationCase flagRisk(String id, CaseController.RiskRequest request, PlatformUser user) {
        return step(id, user, c -> c.flagRisk(request.kind(), request.reason(), user.subject(), time.now()));
    }

    MediationCase clearRisk(String id, PlatformUser user) {
        return step(id, user, MediationCase::clearRisk);
    }

    /** A party's own rating, or a paper rating by staff of the case ({@link CaseAccess#paperRating}). */
    MediationCase rate(String id, CaseController.RatingRequest request, PlatformUser user) {
        MediationCase c = visible(id, user);
        boolean paper = access.paperRating(c, request.partyId(), user);
        c.rate(request.partyId(), request.score(), request.comment(), user.subject(), paper, time.now());
        return queries.save(c);
    }

    /** Load a case the caller handles, take the step, save: the shape of every step on a case. */
    private MediationCase step(String id, PlatformUser user, Consumer<MediationCase> action) {
        MediationCase c = handled(id, user);
        action.accept(c);
        return queries.save(c);
    }

    private CountyRules county() {
        return rules.current();
    }

    private LocalDate today() {
        return time.today();
    }
}
