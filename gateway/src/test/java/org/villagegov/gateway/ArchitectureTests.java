package org.villagegov.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.villagegov.platform.test.LibraryArchitecture;

/**
 * The architecture rules that apply to the gateway, on its main classes. Not "public only when
 * another package uses it": {@code RealmProvisioner} is public for the test base class that
 * stands in for Keycloak, which the rule (main classes only) cannot see.
 */
@AnalyzeClasses(packages = "org.villagegov.gateway",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTests {

    @ArchTest
    static final ArchTests platformRules = ArchTests.in(LibraryArchitecture.class);
}
