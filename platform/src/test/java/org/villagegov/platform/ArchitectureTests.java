package org.villagegov.platform;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.villagegov.platform.test.LibraryArchitecture;

/** The platform's architecture rules that apply to a library, held against its own main code. */
@AnalyzeClasses(packages = "org.villagegov.platform",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTests {

    @ArchTest
    static final ArchTests platformRules = ArchTests.in(LibraryArchitecture.class);
}
