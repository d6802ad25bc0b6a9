package org.villagegov.platform.test;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every module holds to: {@link ServiceArchitecture} adds "public only when used
 * outside its package", which a library cannot take: the platform
 * is a library whose public types are its API for the services, and the gateway keeps a few
 * types public for tests in other packages. Run with
 * {@code @ArchTest static final ArchTests platformRules = ArchTests.in(LibraryArchitecture.class);}.
 */
public final class LibraryArchitecture {

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = ArchitectureRules.featuresAreFreeOfCycles(ServiceArchitecture.ANY_MODULE);

    @ArchTest
    static final ArchRule controllersDoNotTouchTheDatabase = ArchitectureRules.CONTROLLERS_DO_NOT_TOUCH_THE_DATABASE;

    @ArchTest
    static final ArchRule noFieldInjection = ArchitectureRules.NO_FIELD_INJECTION;

    @ArchTest
    static final ArchRule rolesAreTyped = ArchitectureRules.ROLES_ARE_TYPED;

    @ArchTest
    static final ArchRule methodRolesAreTyped = ArchitectureRules.METHOD_ROLES_ARE_TYPED;

    @ArchTest
    static final ArchRule documentsReadInRecordStyle = ArchitectureRules.DOCUMENTS_READ_IN_RECORD_STYLE;

    private LibraryArchitecture() {
    }
}
