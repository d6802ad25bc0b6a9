package org.villagegov.platform.audit;

import org.villagegov.platform.web.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The tenant's audit log, newest first, for the county's administrators. */
@RestController
class AuditController {

    /** Far beyond any real audit log's pages, and far below where page x size overflows into absurd totals. */
    static final int MAX_PAGE = 10_000;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("${platform.api-prefix}/audit")
    @PreAuthorize("hasRole('county-admin')")
    PageResponse<AuditEntry> search(@RequestParam(required = false) String subject,
                            @RequestParam(required = false) String target,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return PageResponse.of(trail.search(subject, target, PageRequest.of(page, size)));
    }
}
