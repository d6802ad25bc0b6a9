package org.villagegov.platform.sample;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** Each typed role rule next to the string rule it stands for; the class's rule covers the unannotated method. */
@RestController
@RequestMapping("/api/v1/sample/role-checks")
@AnyRole(Role.COUNTY_ADMIN)
class RoleCheckController {

    @GetMapping("/class-typed")
    String classTyped() {
        return "ok";
    }

    @GetMapping("/class-string")
    @PreAuthorize("hasRole('county-admin')")
    String classString() {
        return "ok";
    }

    @GetMapping("/method-typed")
    @AnyRole({Role.VILLAGE_CADRE, Role.TOWNSHIP_OFFICER})
    String methodTyped() {
        return "ok";
    }

    @GetMapping("/method-string")
    @PreAuthorize("hasAnyRole('village-cadre','township-officer')")
    String methodString() {
        return "ok";
    }

    @GetMapping("/set-typed")
    @SampleReaders
    String setTyped() {
        return "ok";
    }

    @GetMapping("/set-string")
    @PreAuthorize("hasAnyRole('villager','village-cadre')")
    String setString() {
        return "ok";
    }
}
