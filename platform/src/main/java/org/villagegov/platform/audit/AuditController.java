package org.villagegov.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;
import org.villagegov.platform.web.PageBounds;
import org.villagegov.platform.web.PageResponse;

/** The tenant's audit log, newest first, for the county's administrators. */
@Tag(name = "Audit",
        description = "The county's audit log: every successful write, who made it and when, for county admins.")
@RestController
class AuditController {

    /** Far beyond any real audit log's pages, and far below where page x size overflows into absurd totals. */
    static final int MAX_PAGE = 10_000;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    /** The same bounds in every service, whatever the service's own lists allow. */
    @Operation(summary = "Search the audit log",
            description = "Every successful write of this service in the county, newest first: who (the token's "
                    + "subject and roles), the action, its target and answer status, and when; filtered by subject "
                    + "or by the start of the target. Pages of up to 500.")
    @GetMapping("${platform.api-prefix}/audit")
    @AnyRole(Role.COUNTY_ADMIN)
    PageResponse<AuditEntry> search(@RequestParam(required = false) @Size(max = 64) String subject,
                                    @RequestParam(required = false) @Size(max = 200) String target,
                                    @PageBounds(defaultSize = 50, maxSize = 500, maxPage = MAX_PAGE) Pageable pageable) {
        return PageResponse.of(trail.search(subject, target, pageable));
    }
}
