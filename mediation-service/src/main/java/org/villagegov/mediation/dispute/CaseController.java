package org.villagegov.mediation.dispute;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Pageable;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.mediation.config.CaseReaders;
import org.villagegov.mediation.config.MediationStaff;
import org.villagegov.mediation.config.PlaceStaff;
import org.villagegov.mediation.mediator.Mediator;
import org.villagegov.mediation.triage.Category;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Role;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.platform.web.PageResponse;

/**
 * A case's life after intake: classification, assignment, acceptance, sessions, agreement or
 * failure, escalation or referral, judicial confirmation, follow-up, closing, risk flag and
 * ratings. Reads are scoped by {@link CaseAccess}; work on a case needs the staff of its place
 * or its assigned mediator.
 */
@RestController
@RequestMapping("/api/v1/mediation")
@Validated
@Tag(name = "Cases", description = "The mediation process of a case, from assignment to closing")
class CaseController {

    private final Cases cases;
    private final CountyTime time;

    CaseController(Cases cases, CountyTime time) {
        this.cases = cases;
        this.time = time;
    }

    // ---- requests

    record Classification(@NotNull Category category, @NotNull @Min(0) @Max(1_000_000_000) Long amount) {
    }

    record AssignmentRequest(@Size(max = 64) String mediatorId, @Size(max = 500) String overrideReason) {
    }

    record SessionRequest(@NotNull LocalDate heldOn, @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> attendees,
                          @NotBlank @Size(max = 4000) String notes) {
    }

    record SignatureRequest(@NotBlank @Size(max = 16) String partyId, @NotNull LocalDate signedOn) {
    }

    record AgreementRequest(@NotBlank @Size(max = 8000) String terms,
                            @NotEmpty @Size(max = 20) List<@NotNull @Valid SignatureRequest> signatures) {
    }

    record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    record ReferralRequest(@NotNull MediationCase.Forum forum, @Size(max = 2000) String notes) {
    }

    record ConfirmationRequest(@NotBlank @Size(max = 200) String court) {
    }

    record CourtAnswer(@NotNull Boolean confirmed, @Size(max = 2000) String reason, @NotNull LocalDate answeredOn) {
    }

    record FollowUpRequest(@NotNull Boolean honoured, @NotBlank @Size(max = 2000) String notes) {
    }

    record CloseRequest(@Size(max = 2000) String notes) {
    }

    record RiskRequest(@NotNull MediationCase.RiskKind kind, @NotBlank @Size(max = 2000) String reason) {
    }

    record RatingRequest(@NotBlank @Size(max = 16) String partyId, @NotNull @Min(1) @Max(5) Integer score,
                         @Size(max = 1000) String comment) {
    }

    record Suggestion(String mediatorId, String name, Level level, String townshipId, String villageId, long caseload) {
    }

    // ---- reads

    @GetMapping("/cases")
    @CaseReaders
    @Operation(summary = "Cases the caller may see, newest first; filter by status, level, category, township, village",
            description = "Pages through the cases the caller may see: a township officer their township's, a village "
                    + "cadre their village's, a mediator the cases assigned to them and the unassigned open cases of "
                    + "their level and place (their queue), a villager the cases where one of the parties is their "
                    + "account.")
    PageResponse<CaseView> list(@RequestParam(required = false) MediationCase.Status status,
                                @RequestParam(required = false) Level level,
                                @RequestParam(required = false) Category category,
                                @RequestParam(required = false) @ResourceId String townshipId,
                                @RequestParam(required = false) @ResourceId String villageId,
                                Pageable pageable, PlatformUser user) {
        LocalDate today = time.today();
        return PageResponse.of(cases.page(new CaseQueries.Filter(status, level, category, townshipId, villageId),
                pageable, user), c -> CaseView.of(c, today, user));
    }

    @GetMapping("/cases/{id}")
    @CaseReaders
    @Operation(summary = "One case, if the caller may see it (else 404)",
            description = "The whole case: parties, level, deadlines, assignments, sessions, agreement, escalations, "
                    + "judicial confirmation, follow-up, risk flag and ratings.")
    CaseView get(@PathVariable @ResourceId String id, PlatformUser user) {
        return view(cases.visible(id, user), user);
    }

    @GetMapping("/risk-register")
    @PlaceStaff
    @Operation(summary = "Open cases flagged as petition or violence risks, in the caller's place",
            description = "The risk register: disputes likely to become petitions or violence, to watch until they "
                    + "close.")
    List<CaseView> riskRegister(PlatformUser user) {
        LocalDate today = time.today();
        return cases.riskRegister(user).stream().map(c -> CaseView.of(c, today, user)).toList();
    }

    // ---- triage and assignment

    @PostMapping("/cases/{id}/classification")
    @MediationStaff
    @Operation(summary = "Correct category and amount before acceptance; triage runs again (a new level drops the mediator)",
            description = "A case never drops below a level an escalation brought it to; a level change raises "
                    + "case.retriaged. 409 unless the case is OPEN.")
    CaseView classify(@PathVariable @ResourceId String id, @Valid @RequestBody Classification request, PlatformUser user) {
        return view(cases.classify(id, request, user), user);
    }

    @GetMapping("/cases/{id}/suggestion")
    @PlaceStaff
    @Operation(summary = "The least-loaded active mediator with the case's level, place and category",
            description = "The mediator the assignment picks when none is named: active, serving the case's level and "
                    + "place, with its category as a specialty, and the fewest open cases; none may fit.")
    Suggestion suggestion(@PathVariable @ResourceId String id, PlatformUser user) {
        Cases.Suggested suggested = cases.suggestion(id, user);
        Mediator m = suggested.mediator();
        return new Suggestion(m.id(), m.name(), m.level(), m.townshipId(), m.villageId(), suggested.caseload());
    }

    @PostMapping("/cases/{id}/assignment")
    @PlaceStaff
    @Operation(summary = "Assign the suggested mediator (no mediatorId), or another one of the case's level and place with an overrideReason",
            description = "Only the staff of the case's place and level may assign (403 otherwise). 422 when no "
                    + "mediator can be suggested and none is named, the one named is not an active mediator of that "
                    + "level and place, or another than the suggested one comes without a reason; 409 unless the "
                    + "case is OPEN or IN_MEDIATION.")
    CaseView assign(@PathVariable @ResourceId String id, @Valid @RequestBody AssignmentRequest request, PlatformUser user) {
        return view(cases.assign(id, request, user), user);
    }

    // ---- the mediation

    @PostMapping("/cases/{id}/accept")
    @MediationStaff
    @Operation(summary = "Accept the case (assigned, within the acceptance deadline); the resolution deadline starts",
            description = "The case goes IN_MEDIATION and must be resolved within the county's resolution deadline (30 "
                    + "days by default). 409 when no mediator is assigned, the case is not OPEN, or its acceptance "
                    + "deadline passed (the case then escalates). Raises case.accepted.")
    CaseView accept(@PathVariable @ResourceId String id, PlatformUser user) {
        return view(cases.accept(id, user), user);
    }

    @PostMapping("/cases/{id}/sessions")
    @MediationStaff
    @Operation(summary = "Record a mediation session: date, attendees, notes",
            description = "Only while IN_MEDIATION (409 otherwise); 422 for a day in the future or before the "
                    + "acceptance.")
    CaseView session(@PathVariable @ResourceId String id, @Valid @RequestBody SessionRequest request, PlatformUser user) {
        return view(cases.recordSession(id, request, user), user);
    }

    @PostMapping("/cases/{id}/agreement")
    @MediationStaff
    @Operation(summary = "Record the agreement signed by every party: case.resolved (AGREEMENT); the follow-up falls due",
            description = "Records the terms and each party's signature; the households that signed earn "
                    + "reconciliation points in the moral points bank. 409 unless IN_MEDIATION with at least one "
                    + "session; 422 when there are fewer than two parties, or a party signs twice, not at all, or on "
                    + "a future day.")
    CaseView agreement(@PathVariable @ResourceId String id, @Valid @RequestBody AgreementRequest request, PlatformUser user) {
        return view(cases.agree(id, request, user), user);
    }

    @PostMapping("/cases/{id}/failure")
    @MediationStaff
    @Operation(summary = "The mediation failed: next, escalate one level, refer, or close",
            description = "Records why mediation failed at this level; the case waits as FAILED for its next step. 409 "
                    + "unless IN_MEDIATION. Raises case.failed.")
    CaseView failure(@PathVariable @ResourceId String id, @Valid @RequestBody Reason request, PlatformUser user) {
        return view(cases.fail(id, request.reason(), user), user);
    }

    @PostMapping("/cases/{id}/escalation")
    @MediationStaff
    @Operation(summary = "Escalate one level (open, in mediation or failed; not above COUNTY): case.escalated",
            description = "The case goes back to OPEN at the next level (village -> township -> county) with a new "
                    + "acceptance deadline and no mediator. 409 when it is already at the county level, or closed or "
                    + "agreed.")
    CaseView escalate(@PathVariable @ResourceId String id, @Valid @RequestBody Reason request, PlatformUser user) {
        return view(cases.escalate(id, request.reason(), user), user);
    }

    @PostMapping("/cases/{id}/referral")
    @MediationStaff
    @Operation(summary = "After a failure, refer to ARBITRATION or LITIGATION: the case closes as referred (case.closed)",
            description = "Records where the parties go next. 409 unless the case is FAILED.")
    CaseView refer(@PathVariable @ResourceId String id, @Valid @RequestBody ReferralRequest request, PlatformUser user) {
        return view(cases.refer(id, request, user), user);
    }

    @PostMapping("/cases/{id}/judicial-confirmation")
    @MediationStaff
    @Operation(summary = "Send the agreement to a court for judicial confirmation",
            description = "Records the request so the court's answer can be tracked. 409 unless the case holds an "
                    + "agreement, or when confirmation was already requested.")
    CaseView requestConfirmation(@PathVariable @ResourceId String id, @Valid @RequestBody ConfirmationRequest request,
                                 PlatformUser user) {
        return view(cases.requestConfirmation(id, request.court(), user), user);
    }

    @PostMapping("/cases/{id}/judicial-confirmation/answer")
    @MediationStaff
    @Operation(summary = "Record the court's answer: confirmed, or refused with its reason",
            description = "409 when no request is pending; 422 for a refusal without the court's reason, or an answer "
                    + "dated before the request or in the future.")
    CaseView courtAnswer(@PathVariable @ResourceId String id, @Valid @RequestBody CourtAnswer request, PlatformUser user) {
        return view(cases.recordCourtAnswer(id, request, user), user);
    }

    @PostMapping("/cases/{id}/follow-up")
    @MediationStaff
    @Operation(summary = "Record the follow-up of an agreement: was it honoured?",
            description = "The closed loop: someone visits to check the agreement is honoured once its follow-up falls "
                    + "due. 409 unless the case is AGREED, or when the follow-up was already recorded.")
    CaseView followUp(@PathVariable @ResourceId String id, @Valid @RequestBody FollowUpRequest request, PlatformUser user) {
        return view(cases.recordFollowUp(id, request, user), user);
    }

    @PostMapping("/cases/{id}/close")
    @MediationStaff
    @Operation(summary = "Close with the outcome: an agreement after its follow-up, or a failure (case.closed)",
            description = "The outcome is AGREEMENT_HONOURED or AGREEMENT_BROKEN after the follow-up, or FAILED; the "
                    + "parties' households then get a follow-up visit from their grid. 409 for an agreement without "
                    + "its follow-up, or a case in any other status.")
    CaseView close(@PathVariable @ResourceId String id, @Valid @RequestBody CloseRequest request, PlatformUser user) {
        return view(cases.close(id, request.notes(), user), user);
    }

    // ---- risk and ratings

    @PutMapping("/cases/{id}/risk")
    @MediationStaff
    @Operation(summary = "Flag the case as a petition or violence risk, with the reason (it enters the risk register)",
            description = "Marks a dispute likely to become a petition or violence, for the staff to watch. 409 when "
                    + "the case is closed.")
    CaseView flag(@PathVariable @ResourceId String id, @Valid @RequestBody RiskRequest request, PlatformUser user) {
        return view(cases.flagRisk(id, request, user), user);
    }

    @DeleteMapping("/cases/{id}/risk")
    @PlaceStaff
    @Operation(summary = "Clear the risk flag",
            description = "Takes the case off the risk register. 409 when it is not flagged.")
    CaseView unflag(@PathVariable @ResourceId String id, PlatformUser user) {
        return view(cases.clearRisk(id, user), user);
    }

    @PostMapping("/cases/{id}/ratings")
    @AnyRole({Role.VILLAGER, Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.MEDIATOR})
    @Operation(summary = "A party's satisfaction (1-5), once per party: a villager rates as their own party; staff of the "
            + "case who did not mediate it record a paper rating (paper: true, recordedBy); the case's mediator never rates",
            description = "Only once the case is AGREED, FAILED or CLOSED (409 otherwise, or when the party already "
                    + "rated); 422 for a party not of this case. The case's own mediator neither rates nor records "
                    + "ratings (403).")
    CaseView rate(@PathVariable @ResourceId String id, @Valid @RequestBody RatingRequest request, PlatformUser user) {
        return view(cases.rate(id, request, user), user);
    }

    private CaseView view(MediationCase c, PlatformUser user) {
        return CaseView.of(c, time.today(), user);
    }
}
