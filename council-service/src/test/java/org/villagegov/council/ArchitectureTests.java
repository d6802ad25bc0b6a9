package org.villagegov.council;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.villagegov.platform.test.ServiceArchitecture;

/** The platform's architecture rules (package by feature, thin controllers, typed roles...), held against this service's main code. */
@AnalyzeClasses(packages = "org.villagegov.council",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTests {

    @ArchTest
    static final ArchTests platformRules = ArchTests.in(ServiceArchitecture.class);
}
