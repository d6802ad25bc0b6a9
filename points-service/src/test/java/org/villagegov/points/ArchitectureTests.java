package org.villagegov.points;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.villagegov.platform.test.ArchitectureRules;

/** The platform's architecture rules, run against this service's main code (tests excluded). */
@AnalyzeClasses(packages = "org.villagegov.points",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTests {

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = ArchitectureRules.featuresAreFreeOfCycles("org.villagegov.points");

    @ArchTest
    static final ArchRule controllersDoNotTouchTheDatabase = ArchitectureRules.CONTROLLERS_DO_NOT_TOUCH_THE_DATABASE;

    @ArchTest
    static final ArchRule noFieldInjection = ArchitectureRules.NO_FIELD_INJECTION;

    @ArchTest
    static final ArchRule rolesAreTyped = ArchitectureRules.ROLES_ARE_TYPED;

    @ArchTest
    static final ArchRule methodRolesAreTyped = ArchitectureRules.METHOD_ROLES_ARE_TYPED;

    @ArchTest
    static final ArchRule publicTypesAreUsedOutsideTheirPackage =
            ArchitectureRules.publicTypesAreUsedOutsideTheirPackage("org.villagegov.points");
}
