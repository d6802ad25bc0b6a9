package org.villagegov.council.election;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.data.ScopeCriteria;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.council.config.Pages;
import org.villagegov.council.council.Council;
import org.villagegov.council.council.Councils;
import org.villagegov.council.grid.Grid;
import org.villagegov.council.grid.Household;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;
import org.villagegov.platform.web.PageResponse;

import static org.villagegov.council.config.Access.WRITERS;
import static org.villagegov.council.config.Access.READERS;

/** Council elections, one household one vote, and the register of household heads who vote online. */
@RestController
@RequestMapping("/api/v1/council")
@Tag(name = "Elections", description = "One household, one vote: candidates, voting window, ballots, results, turnout")
class ElectionController {
    private final MongoTemplate mongo;
    private final Councils councils;
    private final Grid grid;
    private final Clock clock;

    ElectionController(MongoTemplate mongo, Councils councils, Grid grid, Clock clock) {
        this.mongo = mongo;
        this.councils = councils;
        this.grid = grid;
        this.clock = clock;
    }

    record NewCandidate(@NotBlank @Size(max = 100) String name, @Size(max = 64) String householdId,
                        @NotNull Council.Category category) {
    }

    record NewElection(@NotBlank @Size(max = 64) String councilId, @NotBlank @Size(max = 200) String title,
                       @NotNull @Min(1) @Max(15) Integer seats, @NotNull LocalDate termStart, @NotNull LocalDate termEnd,
                       @NotNull Instant opensAt, @NotNull Instant closesAt,
                       @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid NewCandidate> candidates) {
    }

    record NewBallot(@NotBlank @Size(max = 64) String householdId,
                     @NotNull @Size(min = 1, max = 15) List<@NotBlank @Size(max = 64) String> candidateIds) {
    }

    record Head(@NotBlank @Size(max = 128) String headSubject) {
    }

    record ElectionView(String id, String councilId, String townshipId, String villageId, String title, int seats,
                        LocalDate termStart, LocalDate termEnd, Instant opensAt, Instant closesAt,
                        List<Election.Candidate> candidates, Election.Status status, List<Election.Result> results,
                        long ballotsCast, long paperBallots, long householdCount, double turnoutPercent, Instant closedAt,
                        Long version) {
        static ElectionView of(Election e) {
            return new ElectionView(e.id(), e.councilId(), e.townshipId(), e.villageId(), e.title(), e.seats(),
                    e.termStart(), e.termEnd(), e.opensAt(), e.closesAt(), e.candidates(), e.status(), e.results(),
                    e.ballotsCast(), e.paperBallots(), e.householdCount(), e.turnoutPercent(), e.closedAt(), e.getVersion());
        }
    }

    /** What the voter gets back: never the choices, which stay secret. */
    record BallotReceipt(String ballotId, String electionId, String householdId, Ballot.Channel channel, Instant castAt) {
    }

    record HeadView(String householdId, String villageId, String headSubject) {
    }

    @PostMapping("/elections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITERS)
    @Operation(summary = "Call an election for a council's next term: candidates, seats, voting window")
    ElectionView call(@Valid @RequestBody NewElection request, PlatformUser user) {
        Council council = councilOf(request.councilId(), user);
        for (NewCandidate candidate : request.candidates()) {
            if (candidate.householdId() != null) {
                grid.householdOf(candidate.householdId(), council.villageId(), "candidates");
            }
        }
        if (mongo.exists(Query.query(Criteria.where("councilId").is(council.id()).and("status").is(Election.Status.OPEN)),
                Election.class)) {
            throw new ConflictException("This council has an open election already");
        }
        List<Election.Candidate> candidates = request.candidates().stream()
                .map(c -> new Election.Candidate(UUID.randomUUID().toString(), c.name(), c.householdId(), c.category()))
                .toList();
        return ElectionView.of(mongo.insert(Election.call(council, request.title(), request.seats(), request.termStart(),
                request.termEnd(), request.opensAt(), request.closesAt(), candidates, clock.instant())));
    }

    @GetMapping("/elections")
    @PreAuthorize(READERS)
    PageResponse<ElectionView> list(@RequestParam(required = false) String villageId,
                                    @RequestParam(required = false) String councilId,
                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, PlatformUser user) {
        Criteria criteria = ScopeCriteria.of(user, villageId);
        if (councilId != null) {
            criteria = criteria.and("councilId").is(councilId);
        }
        return Pages.find(mongo, criteria, Election.class, page, size, Sort.by(Sort.Direction.DESC, "opensAt"),
                ElectionView::of);
    }

    @GetMapping("/elections/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "An election; once closed, its published results and turnout")
    ElectionView get(@PathVariable String id, PlatformUser user) {
        return ElectionView.of(visible(id, user));
    }

    @PostMapping("/elections/{id}/ballots")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('villager','village-cadre')")
    @Operation(summary = "Cast a household's ballot: by its head online, or a paper ballot entered by a cadre; a second ballot is 409")
    BallotReceipt cast(@PathVariable String id, @Valid @RequestBody NewBallot request, PlatformUser user) {
        Election election = visible(id, user);
        Household household = grid.householdOf(request.householdId(), election.villageId(), "householdId");
        // a cadre only ever enters a paper ballot handed in by the household; villagers vote for themselves
        Ballot.Channel channel = user.hasRole(Roles.VILLAGE_CADRE) ? Ballot.Channel.PAPER : Ballot.Channel.ONLINE;
        if (channel == Ballot.Channel.ONLINE) {
            HouseholdHead head = mongo.findById(household.householdId(), HouseholdHead.class);
            if (head == null || !head.headSubject().equals(user.subject())) {
                throw new AccessDeniedException("Only the household's registered head casts its ballot");
            }
        }
        Instant now = clock.instant();
        election.checkBallot(request.candidateIds(), now);
        // a friendly answer for the common case; the insert below is what really guarantees one vote
        if (mongo.exists(Query.query(Criteria.where("_id").is(Ballot.idOf(id, household.householdId()))), Ballot.class)) {
            throw new ConflictException("Household " + household.householdId() + " has voted in this election already");
        }
        // the unique index decides between ballots that pass the check above at the same moment
        Ballot ballot = mongo.insert(new Ballot(Ballot.idOf(id, household.householdId()), id, household.householdId(),
                List.copyOf(request.candidateIds()), channel, user.subject(), now));
        return new BallotReceipt(ballot.id(), id, ballot.householdId(), channel, now);
    }

    @PostMapping("/elections/{id}/close")
    @PreAuthorize(WRITERS)
    @Operation(summary = "After the window: count, record turnout against the village's households, publish the results, seat the council; raises election.completed")
    ElectionView close(@PathVariable String id, PlatformUser user) {
        Election election = visible(id, user);
        Council council = councilOf(election.councilId(), user);
        if (election.status() == Election.Status.CLOSED && council.seatedBy(id)) {
            throw new ConflictException("This election is closed and its council seated already");
        }
        if (election.status() == Election.Status.OPEN) {
            List<Ballot> ballots = mongo.find(Query.query(Criteria.where("electionId").is(id)), Ballot.class);
            election.close(ballots, grid.householdCount(election.villageId()), CountyTime.today(clock), clock.instant());
            election = mongo.save(election);
        }
        // a second write: if it fails, closing again seats the council without counting again
        council.seat(election.termStart(), election.termEnd(), election.members(), id, clock.instant());
        councils.save(council);
        return ElectionView.of(election);
    }

    @PutMapping("/households/{householdId}/head")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Register the villager account that casts a household's ballot online (its head)")
    HeadView registerHead(@PathVariable String householdId, @Valid @RequestBody Head request, PlatformUser user) {
        Household household = grid.visibleHousehold(householdId, user);
        mongo.save(new HouseholdHead(householdId, household.townshipId(), household.villageId(), request.headSubject(),
                user.subject(), clock.instant()));
        return new HeadView(householdId, household.villageId(), request.headSubject());
    }

    private Council councilOf(String councilId, PlatformUser user) {
        try {
            return councils.visible(councilId, user);
        } catch (NotFoundException e) {
            throw new RuleViolationException("councilId", "No council '" + councilId + "' you may act on");
        }
    }

    private Election visible(String id, PlatformUser user) {
        Election election = mongo.findById(id, Election.class);
        if (election == null || !user.mayAccess(election.townshipId(), election.villageId())) {
            throw new NotFoundException("Election", id);
        }
        return election;
    }
}
