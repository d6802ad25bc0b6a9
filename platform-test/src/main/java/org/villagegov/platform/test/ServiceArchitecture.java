package org.villagegov.platform.test;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

/**
 * All of {@link ArchitectureRules} ({@link LibraryArchitecture}'s rules and "public only when
 * another package uses it"), as one set a service runs with a single field, so every
 * service checks the same rules and a new rule reaches all of them at once:
 * <pre>
 * &#64;AnalyzeClasses(packages = "org.villagegov.points",
 *         importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
 * class ArchitectureTests {
 *     &#64;ArchTest static final ArchTests platformRules = ArchTests.in(ServiceArchitecture.class);
 * }
 * </pre>
 * The features are the packages one level below the module's package ({@code org.villagegov.<module>.<feature>}).
 */
public final class ServiceArchitecture {

    /** Any module's root package: the rules hold for whichever module's classes are analysed. */
    static final String ANY_MODULE = "org.villagegov.*";

    /** Everything a library holds to as well. */
    @ArchTest
    static final ArchTests libraryRules = ArchTests.in(LibraryArchitecture.class);

    @ArchTest
    static final ArchRule publicTypesAreUsedOutsideTheirPackage =
            ArchitectureRules.publicTypesAreUsedOutsideTheirPackage(ANY_MODULE);

    private ServiceArchitecture() {
    }
}
