package org.villagegov.council.election;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.council.config.Readers;
import org.villagegov.council.config.Writers;
import org.villagegov.council.council.Council;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Role;
import org.villagegov.platform.web.PageResponse;

/** Council elections, one household one vote, and the register of household heads who vote online. */
@RestController
@RequestMapping("/api/v1/council")
@Tag(name = "Elections", description = "One household, one vote: candidates, voting window, ballots, results, turnout")
class ElectionController {

    private final Elections elections;
    private final ElectionQueries queries;

    ElectionController(Elections elections, ElectionQueries queries) {
        this.elections = elections;
        this.queries = queries;
    }

    record NewCandidate(@NotBlank @Size(max = 100) String name, @Size(max = 64) String householdId,
                        @NotNull Council.Category category) {
    }

    record NewElection(@NotBlank @Size(max = 64) String councilId, @NotBlank @Size(max = 200) String title,
                       @NotNull @Min(1) @Max(15) Integer seats, @NotNull LocalDate termStart, @NotNull LocalDate termEnd,
                       @NotNull Instant opensAt, @NotNull Instant closesAt,
                       @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid NewCandidate> candidates) {
    }

    /**
     * A household's ballot. A paper ballot entered by a cadre also names {@code witnessId} (a
     * member of the council's current term, or the household of a villagers' representative on
     * the village's roster; never the voting household) and the paper's {@code serial}, unique in
     * the election. Online ballots carry neither.
     */
    record NewBallot(@NotBlank @Size(max = 64) String householdId,
                     @NotNull @Size(min = 1, max = 15) List<@NotBlank @Size(max = 64) String> candidateIds,
                     @Size(min = 1, max = 64) String witnessId, @Size(min = 1, max = 32) String serial) {
    }

    record Head(@NotBlank @Size(max = 128) String headSubject) {
    }

    record ElectionView(String id, String councilId, String townshipId, String villageId, String naturalVillageId,
                        String title, int seats,
                        LocalDate termStart, LocalDate termEnd, Instant opensAt, Instant closesAt,
                        List<CandidateView> candidates, Election.Status status, List<ResultView> results,
                        long ballotsCast, long paperBallots, long householdCount, double turnoutPercent, Instant closedAt,
                        Long version) {
        static ElectionView of(Election e) {
            return new ElectionView(e.id(), e.councilId(), e.townshipId(), e.villageId(), e.naturalVillageId(), e.title(),
                    e.seats(),
                    e.termStart(), e.termEnd(), e.opensAt(), e.closesAt(),
                    e.candidates().stream().map(CandidateView::of).toList(), e.status(),
                    e.results().stream().map(ResultView::of).toList(),
                    e.ballotsCast(), e.paperBallots(), e.householdCount(), e.turnoutPercent(), e.closedAt(), e.version());
        }
    }

    record CandidateView(String id, String name, String householdId, Council.Category category) {
        static CandidateView of(Election.Candidate c) {
            return new CandidateView(c.id(), c.name(), c.householdId(), c.category());
        }
    }

    record ResultView(String candidateId, String name, String householdId, Council.Category category, long votes,
                      boolean elected) {
        static ResultView of(Election.Result r) {
            return new ResultView(r.candidateId(), r.name(), r.householdId(), r.category(), r.votes(), r.elected());
        }
    }

    /** What the voter gets back: never the choices, which stay secret. */
    record BallotReceipt(String ballotId, String electionId, String householdId, Participation.Channel channel,
                         Instant castAt) {
        static BallotReceipt of(Participation p) {
            return new BallotReceipt(p.id(), p.electionId(), p.householdId(), p.channel(), p.castAt());
        }
    }

    record HeadView(String householdId, String villageId, String headSubject) {
        static HeadView of(HouseholdHead h) {
            return new HeadView(h.householdId(), h.villageId(), h.headSubject());
        }
    }

    @PostMapping("/elections")
    @ResponseStatus(HttpStatus.CREATED)
    @Writers
    @Operation(summary = "Call an election for a council's next term: candidates, seats, voting window",
            description = "\"One household, one vote\": each household of the natural village casts at most one "
                    + "ballot, choosing up to the number of seats. 409 when the council already has an open "
                    + "election; 422 when the candidates are fewer than the seats, the window is over or reversed, "
                    + "or the new term starts before the current one. Raises election.opened, and no household head "
                    + "of the natural village may change until it closes.")
    ElectionView call(@Valid @RequestBody NewElection request, PlatformUser user) {
        return ElectionView.of(elections.call(request, user));
    }

    @Operation(summary = "List elections",
            description = "Pages through the elections of the councils in the caller's scope, optionally of one "
                    + "village.")
    @GetMapping("/elections")
    @Readers
    PageResponse<ElectionView> list(@RequestParam(required = false) @ResourceId String villageId,
                                    @RequestParam(required = false) @ResourceId String councilId, Pageable pageable,
                                  PlatformUser user) {
        return PageResponse.of(queries.list(villageId, councilId, pageable, user), ElectionView::of);
    }

    @GetMapping("/elections/{id}")
    @Readers
    @Operation(summary = "An election; once closed, its published results and turnout",
            description = "Candidates, seats and voting window; the elected with their votes once it is closed.")
    ElectionView get(@PathVariable @ResourceId String id, PlatformUser user) {
        return ElectionView.of(queries.visible(id, user));
    }

    @PostMapping("/elections/{id}/ballots")
    @ResponseStatus(HttpStatus.CREATED)
    @AnyRole({Role.VILLAGER, Role.VILLAGE_CADRE})
    @Operation(summary = "Cast a household's ballot: by its head online, or a paper ballot entered by a cadre before a witness; a second ballot is 409",
            description = "403 when an online ballot does not come from the household's registered head. 409 outside "
                    + "the voting window, when the election is closed, or when the household voted already; 422 for "
                    + "more candidates than seats, a candidate twice or not on the ballot, or a paper ballot without "
                    + "its serial or a witness (a council member or villagers' representative, not of the voting "
                    + "household).")
    BallotReceipt cast(@PathVariable @ResourceId String id, @Valid @RequestBody NewBallot request, PlatformUser user) {
        return BallotReceipt.of(elections.cast(id, request, user));
    }

    @PostMapping("/elections/{id}/close")
    @Writers
    @Operation(summary = "After the window: count the papers, record turnout against the natural village's households, publish the results, seat the council; raises election.completed",
            description = "After the voting window, counts the ballots: the candidates with the most votes fill the "
                    + "seats (a tie for the last seat goes to the one listed first) and become the council's new "
                    + "term. 409 before the window ends or when already closed. Raises election.completed.")
    ElectionView close(@PathVariable @ResourceId String id, PlatformUser user) {
        return ElectionView.of(elections.close(id, user));
    }

    @PutMapping("/households/{householdId}/head")
    @Writers
    @Operation(summary = "Register the villager account that casts a household's ballot online (its head); one household per account, no change while an election is open there",
            description = "409 while an election is open in the household's natural village; 422 for a household "
                    + "outside the caller's scope.")
    HeadView registerHead(@PathVariable @ResourceId String householdId, @Valid @RequestBody Head request, PlatformUser user) {
        return HeadView.of(elections.registerHead(householdId, request.headSubject(), user));
    }
}
