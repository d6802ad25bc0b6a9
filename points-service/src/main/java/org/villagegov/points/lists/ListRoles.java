package org.villagegov.points.lists;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** Who may do what with the red and black lists: the role sets several endpoints share. */
final class ListRoles {

    private ListRoles() {
    }

    /** Who computes and designates list entries. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @AnyRole({Role.VILLAGE_CADRE, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN})
    @interface Keepers {
    }
}
