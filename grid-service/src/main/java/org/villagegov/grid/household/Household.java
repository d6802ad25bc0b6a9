package org.villagegov.grid.household;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.AggregateRoot;

/** "One household, one file": where it lives, who lives in it, what it is tagged for, and every change. */
@Document("households")
class Household extends AggregateRoot {

    /** One line of the household's history: who changed what, when. */
    record Change(Instant at, String by, String what) {
    }

    @Id
    private String id;
    private String townshipId;
    @Indexed
    private String villageId;
    private String naturalVillageId;
    private String groupId;
    private String address;
    private String headName;
    /** Keycloak subject of the villager who may see this household as their own. */
    @Indexed
    private String headUserId;
    private List<Resident> residents = new ArrayList<>();
    private Set<Tag> tags = EnumSet.noneOf(Tag.class);
    private List<Change> history = new ArrayList<>();
    private boolean active = true;

    Household() {
    }

    static Household register(String id, String townshipId, String villageId, String naturalVillageId, String groupId,
                              String address, String headName, String headUserId, List<Resident> residents,
                              Set<Tag> tags, String by, Instant now) {
        Household household = new Household();
        household.id = id;
        household.townshipId = townshipId;
        household.villageId = villageId;
        household.naturalVillageId = naturalVillageId;
        household.groupId = groupId;
        household.address = address;
        household.headName = headName;
        household.headUserId = headUserId;
        household.residents = new ArrayList<>(residents);
        household.tags = tags.isEmpty() ? EnumSet.noneOf(Tag.class) : EnumSet.copyOf(tags);
        household.history.add(new Change(now, by, "registered"));
        household.raise("household.registered", new HouseholdRegistered(id, townshipId, villageId));
        return household;
    }

    void update(String newAddress, String newHeadName, String newHeadUserId, List<Resident> newResidents,
                Set<Tag> newTags, String by, Instant now) {
        List<String> changed = new ArrayList<>();
        if (!newAddress.equals(address)) {
            changed.add("address");
        }
        if (!newHeadName.equals(headName)) {
            changed.add("head");
        }
        if (!Objects.equals(newHeadUserId, headUserId)) {
            changed.add("head account");
        }
        if (!newResidents.equals(residents)) {
            changed.add("residents");
        }
        Set<Tag> tagsNow = newTags.isEmpty() ? EnumSet.noneOf(Tag.class) : EnumSet.copyOf(newTags);
        if (!tagsNow.equals(tags)) {
            changed.add("tags");
        }
        address = newAddress;
        headName = newHeadName;
        headUserId = newHeadUserId;
        residents = new ArrayList<>(newResidents);
        tags = tagsNow;
        if (!changed.isEmpty()) {
            history.add(new Change(now, by, "changed " + String.join(", ", changed)));
        }
    }

    /** To another village (or bay, group) of the county: recorded, and announced as {@code household.moved}. */
    void moveTo(String newTownshipId, String newVillageId, String newNaturalVillageId, String newGroupId, String by,
                Instant now) {
        String fromVillage = villageId;
        townshipId = newTownshipId;
        villageId = newVillageId;
        naturalVillageId = newNaturalVillageId;
        groupId = newGroupId;
        history.add(new Change(now, by, "moved from village " + fromVillage + " to " + newVillageId));
        raise("household.moved", new HouseholdMoved(id, fromVillage, newVillageId, newTownshipId), now);
    }

    record HouseholdRegistered(String householdId, String townshipId, String villageId) {
    }

    record HouseholdMoved(String householdId, String fromVillageId, String toVillageId, String townshipId) {
    }

    String id() {
        return id;
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

    String groupId() {
        return groupId;
    }

    String address() {
        return address;
    }

    String headName() {
        return headName;
    }

    String headUserId() {
        return headUserId;
    }

    /** Whether the head (name or account) would differ: the electorate's roll changes with it. */
    boolean headDiffers(String otherHeadName, String otherHeadUserId) {
        return !otherHeadName.equals(headName) || !Objects.equals(otherHeadUserId, headUserId);
    }

    /**
     * The head (name or account) cannot change while an election is open where the household
     * votes: it would change the roll. {@code electionOpen} is asked only when the head differs.
     */
    void refuseHeadChangeDuringElection(String newHeadName, String newHeadUserId, BooleanSupplier electionOpen) {
        if (headDiffers(newHeadName, newHeadUserId) && electionOpen.getAsBoolean()) {
            throw new RuleViolationException(Objects.equals(newHeadUserId, headUserId) ? "headName" : "headUserId",
                    "An election is open where this household votes: its head cannot change until it ends");
        }
    }

    List<Resident> residents() {
        return Collections.unmodifiableList(residents);
    }

    Set<Tag> tags() {
        return Collections.unmodifiableSet(tags);
    }

    List<Change> history() {
        return Collections.unmodifiableList(history);
    }

    boolean active() {
        return active;
    }
}
