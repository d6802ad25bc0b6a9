package org.villagegov.platform.security;

import org.springframework.security.core.annotation.ExpressionTemplateValueProvider;

/**
 * The realm roles as a type, for {@link AnyRole}: an annotation can name only these, never a
 * misspelt string. In an expression template each becomes its quoted name ({@code 'county-admin'}).
 */
public enum Role implements ExpressionTemplateValueProvider {

    COUNTY_ADMIN(Roles.COUNTY_ADMIN),
    TOWNSHIP_OFFICER(Roles.TOWNSHIP_OFFICER),
    VILLAGE_CADRE(Roles.VILLAGE_CADRE),
    COUNCIL_MEMBER(Roles.COUNCIL_MEMBER),
    GRID_WORKER(Roles.GRID_WORKER),
    MEDIATOR(Roles.MEDIATOR),
    POINTS_CLERK(Roles.POINTS_CLERK),
    VILLAGER(Roles.VILLAGER),
    INTEGRATOR(Roles.INTEGRATOR),
    PROVINCIAL_ADMIN(Roles.PROVINCIAL_ADMIN),
    PLATFORM_OPERATOR(Roles.PLATFORM_OPERATOR),
    SERVICE(Roles.SERVICE);

    private final String realmName;

    Role(String realmName) {
        this.realmName = realmName;
    }

    /** The role's name in the realm (and in {@code ROLE_<name>} authorities). */
    public String realmName() {
        return realmName;
    }

    @Override
    public String getExpressionTemplateValue() {
        return "'" + realmName + "'";
    }
}
