package org.villagegov.grid.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.security.PlatformAuthentication;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.time.CountyTime;

/**
 * The grid workers and village cadres of the county as grid-service has seen them: whoever
 * calls it with one of those roles (a token of the county's realm, so the county admin gave
 * the role in Keycloak) is recorded with the village the token names. A pairing may only name
 * such a person of the household's village, since only they can log its visits; a cadre
 * cannot invent a member. Recorded at most once a day per person and scope.
 */
@Component
class GridPeople implements HandlerInterceptor, WebMvcConfigurer {

    static final String COLLECTION = "grid_people";
    private static final Set<String> VISITING_ROLES = Set.of(Roles.GRID_WORKER, Roles.VILLAGE_CADRE);

    private final MongoTemplate mongo;
    private final CountyTime time;
    private final Map<String, LocalDate> recorded = new ConcurrentHashMap<>();

    GridPeople(MongoTemplate mongo, CountyTime time) {
        this.mongo = mongo;
        this.time = time;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof PlatformAuthentication platform && TenantContext.current().isPresent()) {
            seen(platform.user());
        }
        return true;
    }

    void seen(PlatformUser user) {
        List<String> roles = user.roles().stream().filter(VISITING_ROLES::contains).sorted().toList();
        if (roles.isEmpty() || user.village() == null || user.isPlatformRealm()) {
            return;
        }
        LocalDate today = time.today();
        String key = TenantContext.require() + "|" + user.subject() + "|" + user.village() + "|" + roles;
        if (today.equals(recorded.get(key))) {
            return;
        }
        Update update = new Update().set("roles", roles).set("townshipId", user.township())
                .set("villageId", user.village()).set("name", user.username()).set("lastSeenOn", today.toString());
        mongo.upsert(Query.query(Criteria.where("_id").is(user.subject())), update, COLLECTION);
        if (recorded.size() > 50_000) {
            recorded.clear();
        }
        recorded.put(key, today);
    }

    /** Whether this account was seen as a grid worker or cadre of the household's village, so it can log visits there. */
    boolean mayVisit(String subject, HouseholdPlace household) {
        Document person = mongo.findById(subject, Document.class, COLLECTION);
        return person != null && household.villageId().equals(person.getString("villageId"));
    }
}
