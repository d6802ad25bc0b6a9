package org.villagegov.platform.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each rule fails on a deliberately bad fixture, naming the culprit, and passes on a good one. */
class ArchitectureRulesTests {

    private static final String FIXTURE = "org.villagegov.platform.test.fixture";
    private static final JavaClasses GOOD = new ClassFileImporter().importPackages(FIXTURE + ".good");

    private static JavaClasses bad(String name) {
        return new ClassFileImporter().importPackages(FIXTURE + ".bad." + name);
    }

    @Test
    void whenTwoFeaturesDependOnEachOtherThenTheCycleRuleFails() {
        assertFails(ArchitectureRules.featuresAreFreeOfCycles(FIXTURE + ".bad.cycle"), bad("cycle"), "Cycle detected");
        ArchitectureRules.featuresAreFreeOfCycles(FIXTURE + ".good").check(GOOD);
    }

    @Test
    void whenTheModuleIsAWildcardThenTheCycleRuleStillFindsTheFeatures() {
        // ServiceArchitecture names the module as "org.villagegov.*": a "*" segment must match like a written one
        assertFails(ArchitectureRules.featuresAreFreeOfCycles("org.villagegov.*.test.fixture.bad.cycle"), bad("cycle"),
                "Cycle detected");
    }

    @Test
    void whenAControllerReadsTheDatabaseThenTheThinControllerRuleFails() {
        assertFails(ArchitectureRules.CONTROLLERS_DO_NOT_TOUCH_THE_DATABASE, bad("controller"), "ReadingController");
        assertFails(ArchitectureRules.CONTROLLERS_DO_NOT_TOUCH_THE_DATABASE, bad("repository"), "RepositoryController");
        ArchitectureRules.CONTROLLERS_DO_NOT_TOUCH_THE_DATABASE.check(GOOD);
    }

    @Test
    void whenAFieldIsInjectedThenTheInjectionRuleFails() {
        assertFails(ArchitectureRules.NO_FIELD_INJECTION, bad("injection"), "FieldInjected.mongo");
        ArchitectureRules.NO_FIELD_INJECTION.check(GOOD);
    }

    @Test
    void whenARoleIsAQuotedStringThenTheTypedRolesRulesFail() {
        assertFails(ArchitectureRules.ROLES_ARE_TYPED, bad("roles"), "hasRole('county-admin')");
        assertFails(ArchitectureRules.METHOD_ROLES_ARE_TYPED, bad("roles"), "hasAnyRole('village-cadre','county-admin')");
        ArchitectureRules.ROLES_ARE_TYPED.check(GOOD);
        ArchitectureRules.METHOD_ROLES_ARE_TYPED.check(GOOD);
    }

    @Test
    void whenAPublicTypeIsOnlyUsedInItsOwnPackageThenTheVisibilityRuleFails() {
        assertFails(ArchitectureRules.publicTypesAreUsedOutsideTheirPackage(FIXTURE + ".bad.visibility"), bad("visibility"),
                "OnlyUsedInside is public but no class outside");
        ArchitectureRules.publicTypesAreUsedOutsideTheirPackage(FIXTURE + ".good").check(GOOD);
    }

    @Test
    void whenAStoredDocumentHasAJavaBeanGetterThenTheAccessorRuleFails() {
        assertFails(ArchitectureRules.DOCUMENTS_READ_IN_RECORD_STYLE, bad("accessor"), "getId");
        ArchitectureRules.DOCUMENTS_READ_IN_RECORD_STYLE.check(GOOD);
    }

    private static void assertFails(ArchRule rule, JavaClasses classes, String naming) {
        assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class).hasMessageContaining(naming);
        assertThat(classes).isNotEmpty();
    }
}
