package org.villagegov.council.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.AggregateRoot;

/**
 * The three-person group that runs a villagers' group in place of a single group leader: the
 * group leader, a party-member representative (chosen by the group's party members) and a
 * villagers' representative (elected by the group's villagers). Keyed by the group's id; each
 * change keeps the former composition with its dates.
 */
@Document("three_person_groups")
class ThreePersonGroup extends AggregateRoot {

    record Person(String name, String householdId) {
    }

    record Composition(Person leader, Person partyMemberRepresentative, Person villagersRepresentative,
                       LocalDate since, LocalDate until, String recordedBy, Instant recordedAt) {
    }

    @Id
    private String groupId;
    private String townshipId;
    @Indexed
    private String villageId;
    private String groupName;
    private Composition current;
    private List<Composition> history = new ArrayList<>();

    ThreePersonGroup() {
    }

    static ThreePersonGroup of(String groupId, String townshipId, String villageId) {
        ThreePersonGroup group = new ThreePersonGroup();
        group.groupId = groupId;
        group.townshipId = townshipId;
        group.villageId = villageId;
        return group;
    }

    void compose(String name, Person leader, Person partyRep, Person villagersRep, LocalDate since, String by, Instant now) {
        if (leader.name().equals(partyRep.name()) || leader.name().equals(villagersRep.name())
                || partyRep.name().equals(villagersRep.name())) {
            throw new RuleViolationException("leader", "The three roles are held by three different people");
        }
        if (current != null && since.isBefore(current.since())) {
            throw new RuleViolationException("since", "A new composition cannot start before the current one (" + current.since() + ")");
        }
        if (current != null) {
            history.add(new Composition(current.leader(), current.partyMemberRepresentative(), current.villagersRepresentative(),
                    current.since(), since, current.recordedBy(), current.recordedAt()));
        }
        groupName = name;
        current = new Composition(leader, partyRep, villagersRep, since, null, by, now);
    }

    String groupId() {
        return groupId;
    }

    String townshipId() {
        return townshipId;
    }

    String villageId() {
        return villageId;
    }

    String groupName() {
        return groupName;
    }

    Composition current() {
        return current;
    }

    List<Composition> history() {
        return Collections.unmodifiableList(history);
    }
}
