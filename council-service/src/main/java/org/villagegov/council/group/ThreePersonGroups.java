package org.villagegov.council.group;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/** Records a villagers' group's (new) three-person group, each person named with a household of that group. */
@Service
class ThreePersonGroups {

    private final MongoTemplate mongo;
    private final ThreePersonGroupQueries queries;
    private final PlaceGuard places;
    private final CountyTime time;

    ThreePersonGroups(MongoTemplate mongo, ThreePersonGroupQueries queries, PlaceGuard places, CountyTime time) {
        this.mongo = mongo;
        this.queries = queries;
        this.places = places;
        this.time = time;
    }

    ThreePersonGroup compose(String groupId, ThreePersonGroupController.Composition request, PlatformUser user) {
        Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
        ThreePersonGroup group = queries.byId(groupId);
        if (group != null && !group.villageId().equals(village.id())) {
            if (!user.mayAccess(group.townshipId(), group.villageId())) {
                throw new NotFoundException("Three-person group", groupId);
            }
            throw new RuleViolationException("villageId", "Group " + groupId + " belongs to village " + group.villageId());
        }
        if (group == null) {
            group = ThreePersonGroup.of(groupId, village.townshipId(), village.id());
        }
        group.compose(request.groupName(), person(request.leader(), groupId, village, "leader"),
                person(request.partyMemberRepresentative(), groupId, village, "partyMemberRepresentative"),
                person(request.villagersRepresentative(), groupId, village, "villagersRepresentative"),
                request.since(), user.subject(), time.now());
        return mongo.save(group);
    }

    /** A person named with a household must live in that group, as grid-service knows it. */
    private ThreePersonGroup.Person person(ThreePersonGroupController.PersonRequest request, String groupId, Place village,
                                           String field) {
        if (request.householdId() != null) {
            HouseholdPlace household = places.householdOf(request.householdId(), village.id(), field + ".householdId");
            if (household.groupId() != null && !household.groupId().equals(groupId)) {
                throw new RuleViolationException(field + ".householdId", "Household " + request.householdId()
                        + " belongs to group " + household.groupId());
            }
        }
        return new ThreePersonGroup.Person(request.name(), request.householdId());
    }
}
