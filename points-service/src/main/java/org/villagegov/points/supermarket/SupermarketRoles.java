package org.villagegov.points.supermarket;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** Who may do what in the love supermarket: the role sets several endpoints share. */
final class SupermarketRoles {

    private SupermarketRoles() {
    }

    /** Who stocks the shelves and refunds. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @AnyRole({Role.POINTS_CLERK, Role.VILLAGE_CADRE, Role.COUNTY_ADMIN})
    @interface Shopkeepers {
    }

    /** Everyone of the county who may see the shelves, villagers included. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.COUNCIL_MEMBER, Role.GRID_WORKER, Role.POINTS_CLERK, Role.VILLAGER, Role.INTEGRATOR})
    @interface ShelfReaders {
    }

    /** Staff who read receipts. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.POINTS_CLERK, Role.INTEGRATOR})
    @interface ReceiptReaders {
    }
}
