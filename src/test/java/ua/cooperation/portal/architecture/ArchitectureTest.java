package ua.cooperation.portal.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package-by-feature rules of docs/adr/0004-package-by-feature.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final String ROOT = "ua.cooperation.portal";
    private static final Pattern GENERATED_BY_SPRING_AOT =
            Pattern.compile(".*/[^/]*(__|\\$\\$SpringCGLIB\\$\\$)[^/]*\\.class");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ArchitectureTest::notGeneratedBySpringAot)
                .importPackages(ROOT);
    }

    /**
     * After a {@code package}, target/classes also holds what Spring AOT generated (ADR 0029): bean definitions that
     * name every bean ({@code Application__BeanFactoryRegistrations}, {@code X__BeanDefinitions}), repository
     * implementations ({@code X__AotRepository}) and proxies ({@code X$$SpringCGLIB$$0}). They are the framework's
     * wiring, not the portal's design, so the rules look at the written code only.
     */
    private static boolean notGeneratedBySpringAot(Location location) {
        return !location.matches(GENERATED_BY_SPRING_AOT);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage(ROOT + "..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views call services, which carry the role checks and the country scope")
                .check(classes);
    }

    @Test
    void repositories_are_not_public() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic()
                .because("only the feature's own service may reach its repository")
                .check(classes);
    }

    @Test
    void features_do_not_reach_into_each_others_ui_packages() {
        classes().should(onlyUseTheirOwnOrSharedUi()).check(classes);
    }

    @Test
    void services_and_entities_do_not_depend_on_the_ui() {
        noClasses().that().resideOutsideOfPackage(ROOT + "..ui..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "..ui..")
                .orShould().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .because("the UI sits on top of services, never the other way round")
                .check(classes.that(new com.tngtech.archunit.base.DescribedPredicate<>("not the app shell") {
                    @Override
                    public boolean test(JavaClass input) {
                        // the app shell and the security config name the theme and the login view
                        return !input.getName().equals(ROOT + ".Application")
                                && !input.getName().equals(ROOT + ".security.SecurityConfig");
                    }
                }));
    }

    /** A class in feature X may use X.ui and base.ui, but no other feature's ui package. */
    private static ArchCondition<JavaClass> onlyUseTheirOwnOrSharedUi() {
        return new ArchCondition<>("only use their own feature's ui package or base.ui") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                var originFeature = feature(origin.getPackageName());
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    var target = dependency.getTargetClass().getPackageName();
                    if (!target.startsWith(ROOT + ".") || !isUiPackage(target)) {
                        return;
                    }
                    var targetFeature = feature(target);
                    if (!targetFeature.equals("base") && !targetFeature.equals(originFeature)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static boolean isUiPackage(String packageName) {
        return packageName.endsWith(".ui") || packageName.contains(".ui.");
    }

    private static String feature(String packageName) {
        var rest = packageName.length() > ROOT.length() ? packageName.substring(ROOT.length() + 1) : "";
        var dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
