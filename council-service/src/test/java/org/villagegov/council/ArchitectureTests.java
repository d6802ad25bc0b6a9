package org.villagegov.council;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.villagegov.platform.test.ArchitectureRules;

/** The platform's architecture rules, held against council-service's own code (tests left out). */
@AnalyzeClasses(packages = "org.villagegov.council",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTests {

    static final String BASE = "org.villagegov.council";

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = ArchitectureRules.featuresAreFreeOfCycles(BASE);

    @ArchTest
    static final ArchRule controllersDoNotTouchTheDatabase = ArchitectureRules.CONTROLLERS_DO_NOT_TOUCH_THE_DATABASE;

    @ArchTest
    static final ArchRule noFieldInjection = ArchitectureRules.NO_FIELD_INJECTION;

    @ArchTest
    static final ArchRule rolesAreTyped = ArchitectureRules.ROLES_ARE_TYPED;

    @ArchTest
    static final ArchRule methodRolesAreTyped = ArchitectureRules.METHOD_ROLES_ARE_TYPED;

    @ArchTest
    static final ArchRule publicTypesAreUsedOutsideTheirPackage = ArchitectureRules.publicTypesAreUsedOutsideTheirPackage(BASE);
}
