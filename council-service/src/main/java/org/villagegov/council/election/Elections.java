package org.villagegov.council.election;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.villagegov.council.council.Council;
import org.villagegov.council.council.Councils;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;
import org.villagegov.platform.time.CountyTime;

/** Calling an election, casting a household's ballot, closing and seating, and registering household heads. */
@Service
class Elections {

    private final MongoTemplate mongo;
    private final ElectionQueries queries;
    private final Councils councils;
    private final PlaceGuard places;
    private final Ballots ballots;
    private final Witnesses witnesses;
    private final CountyTime time;

    Elections(MongoTemplate mongo, ElectionQueries queries, Councils councils, PlaceGuard places, Ballots ballots,
              Witnesses witnesses, CountyTime time) {
        this.mongo = mongo;
        this.queries = queries;
        this.councils = councils;
        this.places = places;
        this.ballots = ballots;
        this.witnesses = witnesses;
        this.time = time;
    }

    Election call(ElectionController.NewElection request, PlatformUser user) {
        Council council = councilOf(request.councilId(), user);
        places.householdsOf(request.candidates().stream().map(ElectionController.NewCandidate::householdId)
                .filter(Objects::nonNull).toList(), council.villageId(), "candidates");
        if (queries.openFor(council.id())) {
            throw new ConflictException("This council has an open election already");
        }
        List<Election.Candidate> candidates = request.candidates().stream()
                .map(c -> new Election.Candidate(UUID.randomUUID().toString(), c.name(), c.householdId(), c.category()))
                .toList();
        return mongo.insert(Election.call(council, request.title(), request.seats(), request.termStart(),
                request.termEnd(), request.opensAt(), request.closesAt(), candidates, time.now()));
    }

    /**
     * A household's ballot: by its registered head online, or a paper ballot a cadre enters
     * before a witness. Returns the participation, never the choices.
     */
    Participation cast(String id, ElectionController.NewBallot request, PlatformUser user) {
        Election election = queries.visible(id, user);
        HouseholdPlace household = places.householdOf(request.householdId(), election.villageId(), "householdId");
        if (!election.entitles(household)) {
            throw new RuleViolationException("householdId", "Household '" + household.householdId()
                    + "' does not live in the natural village this council serves");
        }
        // a cadre only ever enters a paper ballot handed in by the household; villagers vote for themselves
        Participation.Channel channel = user.hasRole(Roles.VILLAGE_CADRE) ? Participation.Channel.PAPER
                : Participation.Channel.ONLINE;
        if (channel == Participation.Channel.ONLINE) {
            HouseholdHead head = queries.head(household.householdId());
            if (head == null || !head.headSubject().equals(user.subject())) {
                throw new AccessDeniedException("Only the household's registered head casts its ballot");
            }
        } else {
            witnesses.check(election, household.householdId(), request.witnessId(), request.serial());
        }
        Instant now = time.now();
        election.checkBallot(request.candidateIds(), now);
        return ballots.cast(election, Participation.of(id, household.householdId(), channel, user.subject(),
                channel == Participation.Channel.PAPER ? request.witnessId() : null,
                channel == Participation.Channel.PAPER ? request.serial() : null, now), request.candidateIds());
    }

    /** Counts once, then seats the council; a second write, so closing again after a failure only seats. */
    Election close(String id, PlatformUser user) {
        Election election = queries.visible(id, user);
        Council council = councilOf(election.councilId(), user);
        if (election.status() == Election.Status.CLOSED && council.seatedBy(id)) {
            throw new ConflictException("This election is closed and its council seated already");
        }
        if (election.status() == Election.Status.OPEN) {
            election.close(queries.papers(id), places.householdCount(election.electorate()), time.today(),
                    time.now());
            election = mongo.save(election);
        }
        council.seat(election.termStart(), election.termEnd(), election.members(), id, time.now());
        councils.save(council);
        return election;
    }

    /** The villager account that casts a household's ballot online; the answer names the household's village now. */
    HouseholdHead registerHead(String householdId, String headSubject, PlatformUser user) {
        HouseholdPlace household = places.visibleHousehold(householdId, user);
        HouseholdHead registered = new HouseholdHead(householdId, household.townshipId(), household.villageId(),
                headSubject, user.subject(), time.now());
        HouseholdHead current = queries.head(householdId);
        if (current != null && current.headSubject().equals(headSubject)) {
            return registered;
        }
        // a head changed mid-election could cast the household's ballot a second time under another name
        if (household.naturalVillageId() != null && queries.openIn(household.naturalVillageId())) {
            throw new ConflictException("An election is open in this household's natural village: its head cannot change until it closes");
        }
        // the unique index on headSubject refuses (409) an account that heads another household already
        return mongo.save(registered);
    }

    /** A council named in a body: unknown or out of scope is a 422 naming the field, not a 404. */
    private Council councilOf(String councilId, PlatformUser user) {
        try {
            return councils.visible(councilId, user);
        } catch (NotFoundException e) {
            throw new RuleViolationException("councilId", "No council '" + councilId + "' you may act on");
        }
    }
}
