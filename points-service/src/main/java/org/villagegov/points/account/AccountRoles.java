package org.villagegov.points.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** Who may do what with passbooks and corrections: the role sets several endpoints share. */
final class AccountRoles {

    private AccountRoles() {
    }

    /** Who proposes corrections and links a villager to their passbook. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @AnyRole({Role.COUNTY_ADMIN, Role.VILLAGE_CADRE})
    @interface Keepers {
    }

    /** Who decides a correction: a cadre of the village or above (never its proposer). */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @AnyRole({Role.VILLAGE_CADRE, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN})
    @interface CorrectionDeciders {
    }

    /** Who reads corrections. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.POINTS_CLERK, Role.INTEGRATOR})
    @interface CorrectionReaders {
    }
}
