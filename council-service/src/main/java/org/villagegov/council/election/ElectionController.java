package org.villagegov.council.election;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.villagegov.platform.time.CountyTime;
import org.villagegov.council.config.Ids;
import org.villagegov.council.config.Pages;
import org.villagegov.council.council.Council;
import org.villagegov.council.council.Councils;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.place.HouseholdPlace;
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
    private final PlaceGuard places;
    private final Ballots ballots;
    private final Witnesses witnesses;
    private final Clock clock;

    ElectionController(MongoTemplate mongo, Councils councils, PlaceGuard places, Ballots ballots,
                       Witnesses witnesses, Clock clock) {
        this.mongo = mongo;
        this.councils = councils;
        this.places = places;
        this.ballots = ballots;
        this.witnesses = witnesses;
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
                        List<Election.Candidate> candidates, Election.Status status, List<Election.Result> results,
                        long ballotsCast, long paperBallots, long householdCount, double turnoutPercent, Instant closedAt,
                        Long version) {
        static ElectionView of(Election e) {
            return new ElectionView(e.id(), e.councilId(), e.townshipId(), e.villageId(), e.naturalVillageId(), e.title(),
                    e.seats(),
                    e.termStart(), e.termEnd(), e.opensAt(), e.closesAt(), e.candidates(), e.status(), e.results(),
                    e.ballotsCast(), e.paperBallots(), e.householdCount(), e.turnoutPercent(), e.closedAt(), e.getVersion());
        }
    }

    /** What the voter gets back: never the choices, which stay secret. */
    record BallotReceipt(String ballotId, String electionId, String householdId, Participation.Channel channel,
                         Instant castAt) {
    }

    record HeadView(String householdId, String villageId, String headSubject) {
    }

    @PostMapping("/elections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITERS)
    @Operation(summary = "Call an election for a council's next term: candidates, seats, voting window")
    ElectionView call(@Valid @RequestBody NewElection request, PlatformUser user) {
        Council council = councilOf(request.councilId(), user);
        places.householdsOf(request.candidates().stream().map(NewCandidate::householdId).filter(Objects::nonNull).toList(),
                council.villageId(), "candidates");
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
    PageResponse<ElectionView> list(@RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String villageId,
                                    @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String councilId,
                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, PlatformUser user) {
        Criteria criteria = places.listScope(user, villageId);
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
    @Operation(summary = "Cast a household's ballot: by its head online, or a paper ballot entered by a cadre before a witness; a second ballot is 409")
    BallotReceipt cast(@PathVariable String id, @Valid @RequestBody NewBallot request, PlatformUser user) {
        Election election = visible(id, user);
        HouseholdPlace household = places.householdOf(request.householdId(), election.villageId(), "householdId");
        if (!election.entitles(household)) {
            throw new RuleViolationException("householdId", "Household '" + household.householdId()
                    + "' does not live in the natural village this council serves");
        }
        // a cadre only ever enters a paper ballot handed in by the household; villagers vote for themselves
        Participation.Channel channel = user.hasRole(Roles.VILLAGE_CADRE) ? Participation.Channel.PAPER
                : Participation.Channel.ONLINE;
        if (channel == Participation.Channel.ONLINE) {
            HouseholdHead head = mongo.findById(household.householdId(), HouseholdHead.class);
            if (head == null || !head.headSubject().equals(user.subject())) {
                throw new AccessDeniedException("Only the household's registered head casts its ballot");
            }
        } else {
            witnesses.check(election, household.householdId(), request.witnessId(), request.serial());
        }
        Instant now = clock.instant();
        election.checkBallot(request.candidateIds(), now);
        return ballots.cast(election, Participation.of(id, household.householdId(), channel, user.subject(),
                channel == Participation.Channel.PAPER ? request.witnessId() : null,
                channel == Participation.Channel.PAPER ? request.serial() : null, now), request.candidateIds());
    }

    @PostMapping("/elections/{id}/close")
    @PreAuthorize(WRITERS)
    @Operation(summary = "After the window: count the papers, record turnout against the natural village's households, publish the results, seat the council; raises election.completed")
    ElectionView close(@PathVariable String id, PlatformUser user) {
        Election election = visible(id, user);
        Council council = councilOf(election.councilId(), user);
        if (election.status() == Election.Status.CLOSED && council.seatedBy(id)) {
            throw new ConflictException("This election is closed and its council seated already");
        }
        if (election.status() == Election.Status.OPEN) {
            List<BallotPaper> papers = mongo.find(Query.query(Criteria.where("electionId").is(id)), BallotPaper.class);
            election.close(papers, places.householdCount(election.electorate()), CountyTime.today(clock), clock.instant());
            election = mongo.save(election);
        }
        // a second write: if it fails, closing again seats the council without counting again
        council.seat(election.termStart(), election.termEnd(), election.members(), id, clock.instant());
        councils.save(council);
        return ElectionView.of(election);
    }

    @PutMapping("/households/{householdId}/head")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Register the villager account that casts a household's ballot online (its head); one household per account, no change while an election is open there")
    HeadView registerHead(@PathVariable String householdId, @Valid @RequestBody Head request, PlatformUser user) {
        HouseholdPlace household = places.visibleHousehold(householdId, user);
        HouseholdHead current = mongo.findById(householdId, HouseholdHead.class);
        if (current != null && current.headSubject().equals(request.headSubject())) {
            return new HeadView(householdId, household.villageId(), request.headSubject());
        }
        // a head changed mid-election could cast the household's ballot a second time under another name
        if (household.naturalVillageId() != null && mongo.exists(Query.query(Criteria.where("naturalVillageId")
                .is(household.naturalVillageId()).and("status").is(Election.Status.OPEN)), Election.class)) {
            throw new ConflictException("An election is open in this household's natural village: its head cannot change until it closes");
        }
        // the unique index on headSubject refuses (409) an account that heads another household already
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
