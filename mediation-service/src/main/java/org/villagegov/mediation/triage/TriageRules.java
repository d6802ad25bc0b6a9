package org.villagegov.mediation.triage;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.TenantProvisioned;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantRegistry;
import org.villagegov.platform.time.CountyTime;

/** The current county's rules; the defaults are written when a county is provisioned and never overwrite edits. */
@Component
public class TriageRules {

    private static final Logger log = LoggerFactory.getLogger(TriageRules.class);

    private final MongoTemplate mongo;
    private final TenantRegistry registry;
    private final CountyTime time;

    TriageRules(MongoTemplate mongo, TenantRegistry registry, CountyTime time) {
        this.mongo = mongo;
        this.registry = registry;
        this.time = time;
    }

    /** The county's rules; the defaults if none were ever written (a county onboarded while no instance listened). */
    public CountyRules current() {
        CountyRules rules = mongo.findById(CountyRules.ID, CountyRules.class);
        return rules != null ? rules : CountyRules.defaults();
    }

    /** The platform publishes this inside the new county's context. */
    @EventListener
    void onProvisioned(TenantProvisioned provisioned) {
        createDefaults();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        try {
            registry.activeCounties().forEach(county -> TenantContext.run(county.id(), this::createDefaults));
        } catch (RuntimeException e) {
            log.warn("Default triage rules not checked at start: {}", e.getMessage());
        }
    }

    void createDefaults() {
        if (mongo.findById(CountyRules.ID, CountyRules.class) != null) {
            return;
        }
        try {
            mongo.insert(CountyRules.defaults());
        } catch (DuplicateKeyException concurrentlyCreated) {
            // another instance wrote them in the same moment: exactly what we wanted
        }
    }

    /** The county admin's change; a stale version (someone changed the rules meanwhile) is refused, not merged. */
    CountyRules change(TriageController.RulesChange change, PlatformUser user) {
        if (change.villageMaxAmount() > change.townshipMaxAmount()) {
            throw new RuleViolationException("villageMaxAmount", "The village threshold cannot exceed the township threshold");
        }
        CountyRules current = current();
        if (change.version() != null && !change.version().equals(current.version())) {
            throw new ConflictException("The rules were changed meanwhile (version " + current.version() + "); read them again");
        }
        current.update(change.categoryLevels(), change.villageMaxAmount(), change.townshipMaxAmount(),
                change.severalVillagesToTownship(), change.outsidersToTownship(), change.acceptanceDays(),
                change.resolutionDays(), change.followUpDays(), change.failedDays(), user.subject(), time.now());
        return mongo.save(current);
    }
}
