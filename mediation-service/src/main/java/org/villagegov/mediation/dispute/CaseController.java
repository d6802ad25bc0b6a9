package org.villagegov.mediation.dispute;

import java.time.Clock;
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
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.villagegov.mediation.mediator.Mediator;
import org.villagegov.mediation.triage.Category;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.security.PlatformUser;
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

    static final String READERS = "hasAnyRole('county-admin','township-officer','village-cadre','mediator','villager','integrator')";
    static final String STAFF = "hasAnyRole('county-admin','township-officer','village-cadre')";
    static final String HANDLERS = "hasAnyRole('county-admin','township-officer','village-cadre','mediator')";
    /** 1,000,000 pages of 200: far beyond any county; the bound keeps the offset arithmetic trivially safe. */
    static final int MAX_PAGE = 1_000_000;

    private final Cases cases;
    private final Clock clock;

    CaseController(Cases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
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
    @PreAuthorize(READERS)
    @Operation(summary = "Cases the caller may see, newest first; filter by status, level, category, township, village")
    PageResponse<CaseView> list(@RequestParam(required = false) MediationCase.Status status,
                                @RequestParam(required = false) Level level,
                                @RequestParam(required = false) Category category,
                                @RequestParam(required = false) @Size(max = 64) String townshipId,
                                @RequestParam(required = false) @Size(max = 64) String villageId,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, PlatformUser user) {
        PageResponse<MediationCase> found = cases.page(new CaseQueries.Filter(status, level, category, townshipId, villageId),
                page, size, user);
        LocalDate today = today();
        return new PageResponse<>(found.items().stream().map(c -> CaseView.of(c, today, user)).toList(), found.page(),
                found.size(), found.totalItems(), found.totalPages());
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One case, if the caller may see it (else 404)")
    CaseView get(@PathVariable String id, PlatformUser user) {
        return view(cases.visible(id, user), user);
    }

    @GetMapping("/risk-register")
    @PreAuthorize(STAFF)
    @Operation(summary = "Open cases flagged as petition or violence risks, in the caller's place")
    List<CaseView> riskRegister(PlatformUser user) {
        LocalDate today = today();
        return cases.riskRegister(user).stream().map(c -> CaseView.of(c, today, user)).toList();
    }

    // ---- triage and assignment

    @PostMapping("/cases/{id}/classification")
    @PreAuthorize(HANDLERS)
    @Operation(summary = "Correct category and amount before acceptance; triage runs again (a new level drops the mediator)")
    CaseView classify(@PathVariable String id, @Valid @RequestBody Classification request, PlatformUser user) {
        return view(cases.classify(id, request, user), user);
    }

    @GetMapping("/cases/{id}/suggestion")
    @PreAuthorize(STAFF)
    @Operation(summary = "The least-loaded active mediator with the case's level, place and category")
    Suggestion suggestion(@PathVariable String id, PlatformUser user) {
        Cases.Suggested suggested = cases.suggestion(id, user);
        Mediator m = suggested.mediator();
        return new Suggestion(m.id(), m.name(), m.level(), m.townshipId(), m.villageId(), suggested.caseload());
    }

    @PostMapping("/cases/{id}/assignment")
    @PreAuthorize(STAFF)
    @Operation(summary = "Assign the suggested mediator (no mediatorId), or another one of the case's level and place with an overrideReason")
    CaseView assign(@PathVariable String id, @Valid @RequestBody AssignmentRequest request, PlatformUser user) {
        return view(cases.assign(id, request, user), user);
    }

    // ---- the mediation

    @PostMapping("/cases/{id}/accept")
    @PreAuthorize(HANDLERS)
    @Operation(summary = "Accept the case (assigned, within the acceptance deadline); the resolution deadline starts")
    CaseView accept(@PathVariable String id, PlatformUser user) {
        return view(cases.accept(id, user), user);
    }

    @PostMapping("/cases/{id}/sessions")
    @PreAuthorize(HANDLERS)
    @Operation(summary = "Record a mediation session: date, attendees, notes")
    CaseView session(@PathVariable String id, @Valid @RequestBody SessionRequest request, PlatformUser user) {
        return view(cases.recordSession(id, request, user), user);
    }

    @PostMapping("/cases/{id}/agreement")
    @PreAuthorize(HANDLERS)
    @Operation(summary = "Record the agreement signed by every party: case.resolved (AGREEMENT); the follow-up falls due")
    CaseView agreement(@PathVariable String id, @Valid @RequestBody AgreementRequest request, PlatformUser user) {
        return view(cases.agree(id, request, user), user);
    }

    @PostMapping("/cases/{id}/failure")
    @PreAuthorize(HANDLERS)
    @Operation(summary = "The mediation failed: next, escalate one level, refer, or close")
    CaseView failure(@PathVariable String id, @Valid @RequestBody Reason request, PlatformUser user) {
        return view(cases.fail(id, request.reason(), user), user);
    }

    @PostMapping("/cases/{id}/escalation")
    @PreAuthorize(HANDLERS)
    @Operation(summary = "Escalate one level (open, in mediation or failed; not above COUNTY): case.escalated")
    CaseView escalate(@PathVariable String id, @Valid @RequestBody Reason request, PlatformUser user) {
        return view(cases.escalate(id, request.reason(), user), user);
    }

    @PostMapping("/cases/{id}/referral")
    @PreAuthorize(HANDLERS)
    @Operation(summary = "After a failure, refer to ARBITRATION or LITIGATION: the case closes as referred (case.closed)")
    CaseView refer(@PathVariable String id, @Valid @RequestBody ReferralRequest request, PlatformUser user) {
        return view(cases.refer(id, request, user), user);
    }

    @PostMapping("/cases/{id}/judicial-confirmation")
    @PreAuthorize(HANDLERS)
    @Operation(summary = "Send the agreement to a court for judicial confirmation")
    CaseView requestConfirmation(@PathVariable String id, @Valid @RequestBody ConfirmationRequest request,
                                 PlatformUser user) {
        return view(cases.requestConfirmation(id, request.court(), user), user);
    }

    @PostMapping("/cases/{id}/judicial-confirmation/answer")
    @PreAuthorize(HANDLERS)
    @Operation(summary = "Record the court's answer: confirmed, or refused with its reason")
    CaseView courtAnswer(@PathVariable String id, @Valid @RequestBody CourtAnswer request, PlatformUser user) {
        return view(cases.recordCourtAnswer(id, request, user), user);
    }

    @PostMapping("/cases/{id}/follow-up")
    @PreAuthorize(HANDLERS)
    @Operation(summary = "Record the follow-up of an agreement: was it honoured?")
    CaseView followUp(@PathVariable String id, @Valid @RequestBody FollowUpRequest request, PlatformUser user) {
        return view(cases.recordFollowUp(id, request, user), user);
    }

    @PostMapping("/cases/{id}/close")
    @PreAuthorize(HANDLERS)
    @Operation(summary = "Close with the outcome: an agreement after its follow-up, or a failure (case.closed)")
    CaseView close(@PathVariable String id, @Valid @RequestBody CloseRequest request, PlatformUser user) {
        return view(cases.close(id, request.notes(), user), user);
    }

    // ---- risk and ratings

    @PutMapping("/cases/{id}/risk")
    @PreAuthorize(HANDLERS)
    @Operation(summary = "Flag the case as a petition or violence risk, with the reason (it enters the risk register)")
    CaseView flag(@PathVariable String id, @Valid @RequestBody RiskRequest request, PlatformUser user) {
        return view(cases.flagRisk(id, request, user), user);
    }

    @DeleteMapping("/cases/{id}/risk")
    @PreAuthorize(STAFF)
    @Operation(summary = "Clear the risk flag")
    CaseView unflag(@PathVariable String id, PlatformUser user) {
        return view(cases.clearRisk(id, user), user);
    }

    @PostMapping("/cases/{id}/ratings")
    @PreAuthorize("hasAnyRole('villager','county-admin','township-officer','village-cadre','mediator')")
    @Operation(summary = "A party's satisfaction (1-5), once per party: a villager rates as their own party; staff of the "
            + "case who did not mediate it record a paper rating (paper: true, recordedBy); the case's mediator never rates")
    CaseView rate(@PathVariable String id, @Valid @RequestBody RatingRequest request, PlatformUser user) {
        return view(cases.rate(id, request, user), user);
    }

    private CaseView view(MediationCase c, PlatformUser user) {
        return CaseView.of(c, today(), user);
    }

    private LocalDate today() {
        return CountyTime.today(clock);
    }
}
