package org.villagegov.platform.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One state change: who (subject, tenant, roles), what (action, target, outcome), when. */
@Document("audit_log")
public record AuditEntry(@Id String id, @Indexed Instant at, String subject, String username, String tenant,
                         Set<String> roles, String action, String target, int status,
                         Map<String, Object> details) {
}
