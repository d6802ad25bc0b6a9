package org.villagegov.mediation.mediator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.villagegov.mediation.triage.Category;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

/**
 * The mediators directory: kept by the county admin (a township officer keeps their
 * township's), read by the staff, and used by the cases for the assignment suggestion. The
 * caseload is counted from the cases themselves (open or in mediation, assigned to the
 * mediator), so it can never drift from them.
 */
@Service
public class Mediators {

    /** Case statuses that keep a mediator busy. */
    static final List<String> ACTIVE_STATUSES = List.of("OPEN", "IN_MEDIATION");

    private final MongoTemplate mongo;
    private final PlaceGuard places;

    Mediators(MongoTemplate mongo, PlaceGuard places) {
        this.mongo = mongo;
        this.places = places;
    }

    // ---- for the cases

    public Optional<Mediator> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Mediator.class));
    }

    /** The directory entry of the calling mediator's account, if any. */
    public Optional<Mediator> byUser(String subject) {
        return subject == null ? Optional.empty()
                : Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("userId").is(subject)), Mediator.class));
    }

    public long caseload(String mediatorId) {
        return mongo.count(Query.query(Criteria.where("mediatorId").is(mediatorId).and("status").in(ACTIVE_STATUSES)),
                "cases");
    }

    /**
     * The least-loaded active mediator with the case's level, place and category as a specialty;
     * ties go to the name, then the id, so the suggestion is stable.
     */
    public Optional<Mediator> suggest(Level level, String townshipId, String villageId, Category category) {
        Map<Mediator, Long> loads = new HashMap<>();
        mongo.find(Query.query(Criteria.where("active").is(true).and("level").is(level)), Mediator.class).stream()
                .filter(m -> m.serves(level, townshipId, villageId) && m.specialties().contains(category))
                .forEach(m -> loads.put(m, caseload(m.id())));
        return loads.keySet().stream().min(Comparator.comparingLong((Mediator m) -> loads.get(m))
                .thenComparing(Mediator::name).thenComparing(Mediator::id));
    }

    /** May this mediator be assigned a case of this level and place at all (override or not)? */
    public boolean mayServe(Mediator mediator, Level level, String townshipId, String villageId) {
        return mediator.active() && mediator.serves(level, townshipId, villageId);
    }

    // ---- the directory

    /** A new entry, placed by {@link MediatorPlacement} where the keeper may act. */
    Mediator add(MediatorController.NewMediator request, PlatformUser user) {
        MediatorPlacement.Place place = new MediatorPlacement(places).place(request.level(), request.townshipId(),
                request.villageId(), user);
        Mediator mediator = new Mediator(UUID.randomUUID().toString(), request.name(), request.userId(), request.level(),
                place.townshipId(), place.villageId(), request.specialties(), true);
        try {
            return mongo.insert(mediator);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Account '" + request.userId() + "' is already in the directory");
        }
    }

    Mediator change(String id, MediatorController.MediatorChange request, PlatformUser user) {
        Mediator mediator = kept(id, user);
        if (request.version() != null && !request.version().equals(mediator.version())) {
            throw new ConflictException("The entry was changed meanwhile; read it again");
        }
        mediator.change(request.name(), request.specialties(), request.active());
        return mongo.save(mediator);
    }

    /** The entries the caller may see, by the filters; a place filter must name a place the caller may look at. */
    List<Mediator> list(Level level, String townshipId, String villageId, Category specialty, PlatformUser user) {
        checkFilter(townshipId, villageId, user);
        Criteria criteria = scope(user);
        if (level != null) {
            criteria = criteria.and("level").is(level);
        }
        if (townshipId != null) {
            criteria = criteria.and("townshipId").is(townshipId);
        }
        if (villageId != null) {
            criteria = criteria.and("villageId").is(villageId);
        }
        return mongo.find(Query.query(criteria), Mediator.class).stream()
                .filter(m -> specialty == null || m.specialties().contains(specialty)).toList();
    }

    Mediator visible(String id, PlatformUser user) {
        Mediator mediator = mongo.findOne(Query.query(new Criteria().andOperator(Criteria.where("_id").is(id), scope(user))),
                Mediator.class);
        if (mediator == null) {
            throw new NotFoundException("Mediator", id);
        }
        return mediator;
    }

    /**
     * A place filter names a place of the county the caller may look at (422 naming it
     * otherwise). A cadre or mediator may also filter by their own township (its mediators
     * serve their village); the list's scope still applies.
     */
    private void checkFilter(String townshipId, String villageId, PlatformUser user) {
        if (villageId == null && townshipId != null && townshipId.equals(user.township())) {
            return;
        }
        places.scope(villageId, townshipId, user, "villageId", "townshipId");
    }

    /** An entry the caller keeps: the county admin any, a township officer those of their township. */
    private Mediator kept(String id, PlatformUser user) {
        Mediator mediator = mongo.findById(id, Mediator.class);
        if (mediator == null || !user.isCountyWide()
                && (mediator.townshipId() == null || !mediator.townshipId().equals(user.township()))) {
            throw new NotFoundException("Mediator", id);
        }
        return mediator;
    }

    /**
     * County-wide callers see everyone; a township officer their township's mediators; a cadre
     * or mediator those who may serve their village (its own, their township's, the county's).
     */
    private static Criteria scope(PlatformUser user) {
        if (user.isCountyWide()) {
            return new Criteria();
        }
        List<Criteria> any = new ArrayList<>();
        any.add(Criteria.where("level").is(Level.COUNTY));
        if (user.township() != null) {
            any.add(user.hasRole(Roles.TOWNSHIP_OFFICER) ? Criteria.where("townshipId").is(user.township())
                    : Criteria.where("level").is(Level.TOWNSHIP).and("townshipId").is(user.township()));
        }
        if (user.village() != null) {
            any.add(Criteria.where("level").is(Level.VILLAGE).and("villageId").is(user.village()));
        }
        return new Criteria().orOperator(any);
    }
}
