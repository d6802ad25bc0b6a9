package org.villagegov.platform.audit;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.villagegov.platform.data.MongoPages;
import org.villagegov.platform.security.PlatformAuthentication;
import org.villagegov.platform.tenancy.TenantContext;

/**
 * Writes and reads the tenant's audit log. Every successful state-changing API request is
 * recorded automatically ({@link AuditInterceptor}), every consumed event by the consumer;
 * services add domain detail with {@link #record}.
 */
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    static final String SYSTEM = "system";

    private final MongoTemplate mongo;
    private final Clock clock;

    public AuditTrail(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public void record(String action, String target, Map<String, Object> details) {
        record(action, target, 200, details);
    }

    void record(String action, String target, int status, Map<String, Object> details) {
        String tenant = TenantContext.require();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        AuditEntry entry;
        if (authentication instanceof PlatformAuthentication platform) {
            var user = platform.user();
            entry = new AuditEntry(UUID.randomUUID().toString(), clock.instant(), user.subject(), user.username(),
                    tenant, user.roles(), action, target, status, details);
        } else {
            entry = new AuditEntry(UUID.randomUUID().toString(), clock.instant(), SYSTEM, SYSTEM, tenant, Set.of(),
                    action, target, status, details);
        }
        try {
            mongo.insert(entry);
        } catch (RuntimeException e) {
            log.error("Audit entry could not be written: {} {} by {}", action, target, entry.subject(), e);
        }
    }

    public Page<AuditEntry> search(String subject, String targetPrefix, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (subject != null) {
            criteria.and("subject").is(subject);
        }
        if (targetPrefix != null) {
            criteria.and("target").regex("^" + java.util.regex.Pattern.quote(targetPrefix));
        }
        return MongoPages.find(mongo, Query.query(criteria), pageable, Sort.by(Sort.Direction.DESC, "at"), AuditEntry.class);
    }
}
