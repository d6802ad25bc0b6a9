package org.villagegov.council.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.AggregateRoot;

/**
 * The villagers' council of one natural village ("bay"): its current term with members and
 * president, and every earlier term kept as history. Terms come from an election (one
 * household, one vote) or, for councils formed before the platform, are entered directly.
 */
@Document("councils")
public class Council extends AggregateRoot {

    public enum Category { PARTY_MEMBER, CAPABLE_PERSON, RESPECTED_ELDER, RETURNING_ENTREPRENEUR, GROUP_LEADER, OTHER }

    public record Member(String id, String name, String householdId, Category category, boolean president) {
    }

    public record Term(int number, LocalDate start, LocalDate end, List<Member> members, String electionId,
                       Instant seatedAt) {
    }

    @Id
    private String id;
    private String townshipId;
    @Indexed
    private String villageId;
    @Indexed(unique = true)
    private String naturalVillageId;
    private String name;
    private int seats;
    private Term currentTerm;
    private List<Term> pastTerms = new ArrayList<>();
    private Instant createdAt;

    Council() {
    }

    static Council form(String townshipId, String villageId, String naturalVillageId, String name, int seats, Instant now) {
        Council council = new Council();
        council.id = UUID.randomUUID().toString();
        council.townshipId = townshipId;
        council.villageId = villageId;
        council.naturalVillageId = naturalVillageId;
        council.name = name;
        council.seats = seats;
        council.createdAt = now;
        return council;
    }

    /** A new term replaces the current one, which goes to the history. Nothing overlaps backwards. */
    public void seat(LocalDate start, LocalDate end, List<Member> members, String electionId, Instant now) {
        if (!end.isAfter(start)) {
            throw new RuleViolationException("end", "A term ends after it starts");
        }
        if (members.size() > seats) {
            throw new RuleViolationException("members", "The council has " + seats + " seats, not " + members.size());
        }
        if (members.stream().filter(Member::president).count() > 1) {
            throw new RuleViolationException("members", "A council has one president");
        }
        // history is append-only: a term entered late must not slip in before the current one
        if (currentTerm != null && start.isBefore(currentTerm.start())) {
            throw new RuleViolationException("start", "A new term cannot start before the current one (" + currentTerm.start() + ")");
        }
        int number = 1;
        if (currentTerm != null) {
            pastTerms.add(currentTerm);
            number = currentTerm.number() + 1;
        }
        currentTerm = new Term(number, start, end, List.copyOf(members), electionId, now);
    }

    /** Whether the term this election produced is seated already (closing again must not seat twice). */
    public boolean seatedBy(String electionId) {
        return (currentTerm != null && electionId.equals(currentTerm.electionId()))
                || pastTerms.stream().anyMatch(term -> electionId.equals(term.electionId()));
    }

    void designatePresident(String memberId) {
        if (currentTerm == null || currentTerm.members().stream().noneMatch(m -> m.id().equals(memberId))) {
            throw new ConflictException("No member '" + memberId + "' in the council's current term");
        }
        List<Member> members = currentTerm.members().stream()
                .map(m -> new Member(m.id(), m.name(), m.householdId(), m.category(), m.id().equals(memberId)))
                .toList();
        currentTerm = new Term(currentTerm.number(), currentTerm.start(), currentTerm.end(), members,
                currentTerm.electionId(), currentTerm.seatedAt());
    }

    public String id() {
        return id;
    }

    public String townshipId() {
        return townshipId;
    }

    public String villageId() {
        return villageId;
    }

    public String naturalVillageId() {
        return naturalVillageId;
    }

    public String name() {
        return name;
    }

    public int seats() {
        return seats;
    }

    public Term currentTerm() {
        return currentTerm;
    }

    public List<Term> pastTerms() {
        return Collections.unmodifiableList(pastTerms);
    }
}
