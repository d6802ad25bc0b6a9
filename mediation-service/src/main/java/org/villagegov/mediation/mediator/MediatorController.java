package org.villagegov.mediation.mediator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.mediation.dispute.Category;
import org.villagegov.mediation.dispute.Level;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

/**
 * The mediators directory. The county admin keeps it; a township officer keeps the village
 * and township mediators of their township. The staff see the mediators who may serve their
 * place, with their current caseload.
 */
@RestController
@Validated
@RequestMapping("/api/v1/mediation/mediators")
@Tag(name = "Mediators", description = "Directory: level, place, specialties, caseload")
class MediatorController {

    private static final String KEEPERS = "hasAnyRole('county-admin','township-officer')";
    private static final String READERS = "hasAnyRole('county-admin','township-officer','village-cadre','mediator')";

    private final MongoTemplate mongo;
    private final Mediators mediators;
    private final PlaceGuard places;

    MediatorController(MongoTemplate mongo, Mediators mediators, PlaceGuard places) {
        this.mongo = mongo;
        this.mediators = mediators;
        this.places = places;
    }

    record NewMediator(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String userId,
                       @NotNull Level level, @Size(max = 64) String townshipId, @Size(max = 64) String villageId,
                       @NotEmpty @Size(max = 7) Set<@NotNull Category> specialties) {
    }

    record MediatorChange(@NotBlank @Size(max = 100) String name, @NotEmpty @Size(max = 7) Set<@NotNull Category> specialties,
                          @NotNull Boolean active, Long version) {
    }

    record MediatorView(String id, String name, String userId, Level level, String townshipId, String villageId,
                        Set<Category> specialties, boolean active, long caseload, Long version) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(KEEPERS)
    @Operation(summary = "Add a mediator: a village one names the village, a township one the township, a county one neither")
    MediatorView add(@Valid @RequestBody NewMediator request, PlatformUser user) {
        // the place comes from the region tree, and the keeper must be allowed there (a township officer: their township)
        String township = null;
        String village = null;
        switch (request.level()) {
            case VILLAGE -> {
                if (request.villageId() == null) {
                    throw new RuleViolationException("villageId", "A village mediator serves a village");
                }
                Place found = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
                village = found.id();
                township = found.townshipId();
            }
            case TOWNSHIP -> {
                if (request.townshipId() == null) {
                    throw new RuleViolationException("townshipId", "A township mediator serves a township");
                }
                if (request.villageId() != null) {
                    throw new RuleViolationException("villageId", "A township mediator serves the whole township; leave villageId out");
                }
                township = places.township(request.townshipId(), user, "townshipId").id();
            }
            case COUNTY -> {
                if (!user.isCountyWide()) {
                    throw new RuleViolationException("level", "Only the county admin keeps the county's mediators");
                }
                if (request.townshipId() != null || request.villageId() != null) {
                    throw new RuleViolationException(request.townshipId() != null ? "townshipId" : "villageId",
                            "A county mediator serves the whole county; leave the place out");
                }
            }
        }
        Mediator mediator = new Mediator(UUID.randomUUID().toString(), request.name(), request.userId(), request.level(),
                township, village, request.specialties(), true);
        try {
            return view(mongo.insert(mediator));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Account '" + request.userId() + "' is already in the directory");
        }
    }

    @PutMapping("/{id}")
    @PreAuthorize(KEEPERS)
    @Operation(summary = "Change name, specialties or active flag (send the version read)")
    MediatorView change(@PathVariable String id, @Valid @RequestBody MediatorChange request, PlatformUser user) {
        Mediator mediator = kept(id, user);
        if (request.version() != null && !request.version().equals(mediator.version())) {
            throw new ConflictException("The entry was changed meanwhile; read it again");
        }
        mediator.change(request.name(), request.specialties(), request.active());
        return view(mongo.save(mediator));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Mediators who may serve the caller's place, filtered by level, township, village, specialty")
    List<MediatorView> list(@RequestParam(required = false) Level level,
                            @RequestParam(required = false) @Size(max = 64) String townshipId,
                            @RequestParam(required = false) @Size(max = 64) String villageId,
                            @RequestParam(required = false) Category specialty, PlatformUser user) {
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
                .filter(m -> specialty == null || m.specialties().contains(specialty))
                .map(this::view).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One mediator with their caseload")
    MediatorView get(@PathVariable String id, PlatformUser user) {
        Mediator mediator = mongo.findOne(Query.query(new Criteria().andOperator(Criteria.where("_id").is(id), scope(user))),
                Mediator.class);
        if (mediator == null) {
            throw new NotFoundException("Mediator", id);
        }
        return view(mediator);
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

    private MediatorView view(Mediator m) {
        return new MediatorView(m.id(), m.name(), m.userId(), m.level(), m.townshipId(), m.villageId(), m.specialties(),
                m.active(), mediators.caseload(m.id()), m.version());
    }
}
