package org.villagegov.platform.test;

import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every service checks from a small {@code ArchitectureTests} class:
 * <pre>
 * &#64;AnalyzeClasses(packages = "org.villagegov.points", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTests {
 *     &#64;ArchTest static final ArchRule features = ArchitectureRules.featuresAreFreeOfCycles("org.villagegov.points");
 *     &#64;ArchTest static final ArchRule controllers = ArchitectureRules.CONTROLLERS_DO_NOT_TOUCH_THE_DATABASE;
 *     ...
 * }
 * </pre>
 * Each rule names what it protects (docs/style.md: package by feature, thin controllers,
 * constructor injection, typed role checks, package-private by default).
 */
public final class ArchitectureRules {

    private static final String MONGO_CORE = "org.springframework.data.mongodb.core..";
    private static final String SPRING_DATA_REPOSITORY = "org.springframework.data.repository.Repository";
    private static final String DOCUMENT = "org.springframework.data.mongodb.core.mapping.Document";
    private static final String PRE_AUTHORIZE = "org.springframework.security.access.prepost.PreAuthorize";
    private static final String REST_CONTROLLER = "org.springframework.web.bind.annotation.RestController";

    private ArchitectureRules() {
    }

    /** Package by feature: the features below {@code basePackage} ({@code <base>.(*)..}) depend on each other without cycles. */
    public static ArchRule featuresAreFreeOfCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles()
                .because("a feature is understood, tested and moved on its own (package by feature)");
    }

    /**
     * Thin controllers: no {@code @RestController} touches MongoDB's template, criteria, queries or
     * updates, nor a Spring Data repository; it calls its feature's service or query class, which owns the database work.
     */
    public static final ArchRule CONTROLLERS_DO_NOT_TOUCH_THE_DATABASE = noClasses()
            .that().areAnnotatedWith(REST_CONTROLLER)
            .should().dependOnClassesThat().resideInAPackage(MONGO_CORE)
            .orShould().dependOnClassesThat().areAssignableTo(SPRING_DATA_REPOSITORY)
            .because("a controller binds, authorises, calls one feature service and maps to a view")
            .allowEmptyShould(true);

    /** Constructor injection only: no {@code @Autowired}, {@code @Inject}, {@code @Resource} or {@code @Value} field. */
    public static final ArchRule NO_FIELD_INJECTION = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION
            .because("dependencies are final constructor parameters (docs/style.md)")
            .allowEmptyShould(true);

    /**
     * Typed role checks: a {@code @PreAuthorize} written on a class or method names no role as a
     * quoted string; roles come from {@code @AnyRole({Role.X, ...})} or a feature's role-set annotation.
     */
    public static final ArchRule ROLES_ARE_TYPED = classes()
            .that().areAnnotatedWith(PRE_AUTHORIZE)
            .should(notNameRolesAsStrings())
            .allowEmptyShould(true)
            .because("@AnyRole({Role.X}) cannot be misspelt; 'x' can")
            .as("classes annotated with @PreAuthorize should name no role as a quoted string");

    /** The same for methods (a class-level and a method-level rule are checked apart). */
    public static final ArchRule METHOD_ROLES_ARE_TYPED = methods()
            .that().areAnnotatedWith(PRE_AUTHORIZE)
            .should(notNameRolesAsStrings())
            .allowEmptyShould(true)
            .because("@AnyRole({Role.X}) cannot be misspelt; 'x' can")
            .as("methods annotated with @PreAuthorize should name no role as a quoted string");

    /**
     * One accessor style: a stored document reads like a record ({@code id()}, {@code status()}),
     * as the views and events do; a JavaBean {@code getX()} on a {@code @Document} is the second idiom.
     */
    public static final ArchRule DOCUMENTS_READ_IN_RECORD_STYLE = noMethods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(DOCUMENT)
            .should().haveNameMatching("get[A-Z].*")
            .allowEmptyShould(true)
            .because("one accessor style across the services: id(), status(), as records read");

    /**
     * Package-private by default: a public top-level class below {@code basePackage} is used from
     * another package (or is the application class, which Spring starts). What only its own
     * package uses should not be public.
     */
    public static ArchRule publicTypesAreUsedOutsideTheirPackage(String basePackage) {
        return classes()
                .that().resideInAPackage(basePackage + "..").and().arePublic().and().areTopLevelClasses()
                .and().areNotAnnotatedWith("org.springframework.boot.autoconfigure.SpringBootApplication")
                .should(beUsedOutsideTheirPackage())
                .allowEmptyShould(true)
                .because("a type is public only when another package needs it (docs/style.md)");
    }

    private static <T extends HasAnnotations<?> & HasName> ArchCondition<T> notNameRolesAsStrings() {
        return new ArchCondition<>("name no role as a quoted string in @PreAuthorize") {
            @Override
            public void check(T item, ConditionEvents events) {
                String expression = (String) item.getAnnotationOfType(PRE_AUTHORIZE).get("value").orElse("");
                if (expression.contains("'") || expression.contains("\"")) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " has @PreAuthorize(\"" + expression
                            + "\"): name the roles with @AnyRole({Role.X, ...}) or a role-set annotation"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beUsedOutsideTheirPackage() {
        return new ArchCondition<>("be used outside their package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Set<String> users = type.getDirectDependenciesToSelf().stream()
                        .map(Dependency::getOriginClass)
                        .filter(origin -> !origin.getPackageName().equals(type.getPackageName()))
                        .map(JavaClass::getName)
                        .collect(Collectors.toSet());
                if (users.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(type, type.getName()
                            + " is public but no class outside " + type.getPackageName() + " uses it: make it package-private"));
                }
            }
        };
    }
}
