package org.villagegov.council.election;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.council.council.Council;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.AggregateRoot;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.time.CountyTime;

/**
 * The election of a council's next term, one household one vote, among the households of the
 * council's natural village. Ballots are separate documents (a participation per household,
 * unique, and an anonymous paper with the choices), so casting never contends on this document;
 * closing counts the papers, records turnout against the natural village's households and
 * publishes the results.
 */
@Document("elections")
class Election extends AggregateRoot {

    enum Status { OPEN, CLOSED }

    record Candidate(String id, String name, String householdId, Council.Category category) {
    }

    record Result(String candidateId, String name, String householdId, Council.Category category, long votes,
                  boolean elected) {
    }

    record Elected(String candidateId, String name, String householdId, long votes) {
    }

    record ElectionCompleted(String electionId, String councilId, String townshipId, String villageId, int seats,
                             long ballotsCast, long householdCount, double turnoutPercent, List<Elected> elected,
                             LocalDate completedOn, String naturalVillageId) {
    }

    /** grid-service keeps a natural village's household heads as they are while an election there is open. */
    record ElectionOpened(String electionId, String councilId, String townshipId, String villageId,
                          String naturalVillageId, LocalDate opensOn) {
    }

    @Id
    private String id;
    @Indexed
    private String councilId;
    private String townshipId;
    @Indexed
    private String villageId;
    @Indexed
    private String naturalVillageId;
    /** Derives the papers' ids from the participations; never shown, erased on closing. */
    private String ballotKey;
    private String title;
    private int seats;
    private LocalDate termStart;
    private LocalDate termEnd;
    private Instant opensAt;
    private Instant closesAt;
    private List<Candidate> candidates = new ArrayList<>();
    private Status status;
    private List<Result> results = List.of();
    private long ballotsCast;
    private long paperBallots;
    private long householdCount;
    private double turnoutPercent;
    private Instant closedAt;

    Election() {
    }

    static Election call(Council council, String title, int seats, LocalDate termStart, LocalDate termEnd,
                         Instant opensAt, Instant closesAt, List<Candidate> candidates, Instant now) {
        if (!closesAt.isAfter(opensAt)) {
            throw new RuleViolationException("closesAt", "Voting closes after it opens");
        }
        if (!closesAt.isAfter(now)) {
            throw new RuleViolationException("closesAt", "The voting window is already over");
        }
        if (seats > council.seats()) {
            throw new RuleViolationException("seats", "The council has " + council.seats() + " seats");
        }
        if (candidates.size() < seats) {
            throw new RuleViolationException("candidates", "At least as many candidates as seats (" + seats + ") are needed");
        }
        if (council.currentTerm() != null && termStart.isBefore(council.currentTerm().start())) {
            throw new RuleViolationException("termStart", "The new term cannot start before the current one ("
                    + council.currentTerm().start() + ")");
        }
        if (!termEnd.isAfter(termStart)) {
            throw new RuleViolationException("termEnd", "A term ends after it starts");
        }
        Election election = new Election();
        election.id = UUID.randomUUID().toString();
        election.councilId = council.id();
        election.townshipId = council.townshipId();
        election.villageId = council.villageId();
        election.naturalVillageId = council.naturalVillageId();
        election.ballotKey = newKey();
        election.title = title;
        election.seats = seats;
        election.termStart = termStart;
        election.termEnd = termEnd;
        election.opensAt = opensAt;
        election.closesAt = closesAt;
        election.candidates = List.copyOf(candidates);
        election.status = Status.OPEN;
        // raised when called, not only when voting starts: the roll of heads is frozen from the moment the
        // village knows an election is coming (opensOn tells grid-service when the ballots start)
        election.raise("election.opened", new ElectionOpened(election.id, election.councilId, election.townshipId,
                election.villageId, election.naturalVillageId, CountyTime.dateOf(opensAt)), now);
        return election;
    }

    /** Whether the household votes here: it lives in the council's natural village. */
    boolean entitles(HouseholdPlace household) {
        return naturalVillageId == null ? villageId.equals(household.villageId())
                : naturalVillageId.equals(household.naturalVillageId());
    }

    /** The households turnout is measured against: the natural village's (the village's for elections called before). */
    String electorate() {
        return naturalVillageId == null ? villageId : naturalVillageId;
    }

    /**
     * The paper's id for a participation: a keyed hash, so the same participation always gives the
     * same id (a retry cannot double a paper) but the id alone does not lead back to the household.
     */
    String paperId(String participationId) {
        if (ballotKey == null) {
            throw new ConflictException("This election is closed");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(ballotKey), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(participationId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** Refuses a ballot outside the window or with choices that are not on the ballot paper. */
    void checkBallot(List<String> candidateIds, Instant now) {
        if (status != Status.OPEN || now.isBefore(opensAt) || !now.isBefore(closesAt)) {
            throw new ConflictException("Voting is open from " + opensAt + " until " + closesAt + " only");
        }
        if (candidateIds.size() > seats) {
            throw new RuleViolationException("candidateIds", "At most " + seats + " candidates may be chosen");
        }
        if (candidateIds.stream().distinct().count() != candidateIds.size()) {
            throw new RuleViolationException("candidateIds", "A candidate is chosen at most once");
        }
        for (String candidateId : candidateIds) {
            if (candidates.stream().noneMatch(c -> c.id().equals(candidateId))) {
                throw new RuleViolationException("candidateIds", "No candidate '" + candidateId + "' on this ballot");
            }
        }
    }

    /**
     * Counts the ballots: the {@code seats} candidates with the most votes are elected (at least
     * one vote; a tie for the last seat goes to the one listed first on the ballot paper, which
     * the village settles beforehand by lot).
     */
    List<Result> close(List<BallotPaper> ballots, long households, LocalDate today, Instant now) {
        if (status != Status.OPEN) {
            throw new ConflictException("This election is closed already");
        }
        if (now.isBefore(closesAt)) {
            throw new ConflictException("Voting is open until " + closesAt + "; the election closes after that");
        }
        // each ballot gives one vote to each candidate it names (up to the number of seats)
        Map<String, Long> votes = new HashMap<>();
        ballots.forEach(ballot -> ballot.candidateIds().forEach(c -> votes.merge(c, 1L, Long::sum)));
        List<Candidate> ranked = candidates.stream()
                .sorted(Comparator.comparingLong((Candidate c) -> votes.getOrDefault(c.id(), 0L)).reversed())
                .toList();
        List<String> elected = ranked.stream().filter(c -> votes.getOrDefault(c.id(), 0L) > 0).limit(seats)
                .map(Candidate::id).toList();
        results = ranked.stream()
                .map(c -> new Result(c.id(), c.name(), c.householdId(), c.category(), votes.getOrDefault(c.id(), 0L),
                        elected.contains(c.id())))
                .toList();
        ballotsCast = ballots.size();
        paperBallots = ballots.stream().filter(b -> b.channel() == Participation.Channel.PAPER).count();
        householdCount = households;
        turnoutPercent = households == 0 ? 0.0 : Math.round(1000.0 * ballotsCast / households) / 10.0;
        status = Status.CLOSED;
        closedAt = now;
        // without the key no paper can be tied to a participation any more, not even by reading the database
        ballotKey = null;
        raise("election.completed", new ElectionCompleted(id, councilId, townshipId, villageId, seats, ballotsCast,
                householdCount, turnoutPercent, results.stream().filter(Result::elected)
                .map(r -> new Elected(r.candidateId(), r.name(), r.householdId(), r.votes())).toList(), today,
                naturalVillageId), now);
        return results;
    }

    /** The elected as council members; the one with the most votes presides until the council designates another. */
    List<Council.Member> members() {
        List<Result> elected = results.stream().filter(Result::elected).toList();
        List<Council.Member> members = new ArrayList<>();
        for (int i = 0; i < elected.size(); i++) {
            Result r = elected.get(i);
            members.add(new Council.Member(r.candidateId(), r.name(), r.householdId(), r.category(), i == 0));
        }
        return List.copyOf(members);
    }

    String id() {
        return id;
    }

    String councilId() {
        return councilId;
    }

    String townshipId() {
        return townshipId;
    }

    String villageId() {
        return villageId;
    }

    String naturalVillageId() {
        return naturalVillageId;
    }

    String title() {
        return title;
    }

    int seats() {
        return seats;
    }

    LocalDate termStart() {
        return termStart;
    }

    LocalDate termEnd() {
        return termEnd;
    }

    Instant opensAt() {
        return opensAt;
    }

    Instant closesAt() {
        return closesAt;
    }

    List<Candidate> candidates() {
        return Collections.unmodifiableList(candidates);
    }

    Status status() {
        return status;
    }

    List<Result> results() {
        return Collections.unmodifiableList(results);
    }

    long ballotsCast() {
        return ballotsCast;
    }

    long paperBallots() {
        return paperBallots;
    }

    long householdCount() {
        return householdCount;
    }

    double turnoutPercent() {
        return turnoutPercent;
    }

    Instant closedAt() {
        return closedAt;
    }
}
