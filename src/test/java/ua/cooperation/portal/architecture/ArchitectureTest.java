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
import ua.cooperation.portal.Application;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Map.entry;

/**
 * The package-by-feature rules of docs/adr/0004-package-by-feature.md and the allowed arrows of docs/architecture.md,
 * checked on the compiled classes.
 */
class ArchitectureTest {

    private static final String ROOT = "ua.cooperation.portal";

    /**
     * The one list of allowed arrows: each package of the portal (relative to the root, "" for the app shell) and the
     * other packages of the portal it may use. Sub-packages are packages of their own (meeting.ui is not meeting).
     * Layered bottom to top: base, audit, security, the features (territory, country, registry, document, partnership,
     * programme, meeting, proposal, visit, practice), the readers across features (export, dashboard, search, reminder, notification), and the ui packages,
     * each above its own feature. Add a package here when you add one; an arrow against the layers is a design change,
     * to be discussed, not added.
     */
    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            // the app shell assembles everything by scanning and imports nothing
            entry("", Set.of()),
            // base: shared vocabulary and tools; the seed builder starts the app shell (which imports nothing back)
            entry("base", Set.of("")),
            entry("base.text", Set.of()),
            entry("base.export", Set.of()),
            entry("base.ui", Set.of("base", "base.text", "base.export")),
            entry("audit", Set.of("base")),
            entry("security", Set.of("base", "audit")),
            // content in the readers' languages (ADR 0040): features plug their texts in as TranslationOwner beans
            entry("translation", Set.of("base", "base.text", "audit", "security")),
            // features
            entry("territory", Set.of("base", "base.text", "security")),
            entry("country", Set.of("base", "base.text", "audit", "security", "translation")),
            entry("registry", Set.of("base", "base.text", "audit", "security", "translation", "territory",
                    "country")),
            entry("document", Set.of("base", "base.text", "audit", "security", "translation")),
            entry("partnership", Set.of("base", "base.text", "audit", "security", "translation", "territory",
                    "registry", "document")),
            entry("programme", Set.of("base", "base.text", "audit", "security", "translation", "country", "registry",
                    "document", "partnership")),
            entry("meeting", Set.of("base", "base.text", "audit", "security", "translation", "country", "registry",
                    "document", "partnership", "programme")),
            // partners propose meetings (issue 21); an accepted proposal is recorded as a meeting
            entry("proposal", Set.of("base", "base.text", "audit", "security", "translation", "country", "registry",
                    "document", "partnership", "programme", "meeting")),
            // visits of delegations (issue 22): their programme's meetings and report outcomes through the meeting services
            entry("visit", Set.of("base", "base.text", "audit", "security", "translation", "country", "registry",
                    "document", "partnership", "programme", "meeting")),
            // practices learnt from partners or shared with them (issue 22): source meetings, their documents, and
            // source visits (read through the visits' scoped service)
            entry("practice", Set.of("base", "base.text", "audit", "security", "translation", "country", "registry",
                    "document", "partnership", "programme", "meeting", "visit")),
            // readers across features
            // the country briefing lists the country's visits (issue 22)
            entry("export", Set.of("base", "base.export", "base.text", "audit", "security", "territory", "country",
                    "registry", "partnership", "programme", "meeting", "practice", "visit")),
            entry("dashboard", Set.of("base", "base.text", "security", "translation", "registry", "partnership",
                    "programme", "meeting")),
            // visits are found like meetings (issue 22)
            entry("search", Set.of("base", "base.text", "security", "translation", "country", "registry",
                    "partnership", "programme", "meeting", "visit")),
            // the digest carries the notifications their readers chose to read in it (ADR 0041)
            entry("reminder", Set.of("base", "base.text", "security", "country", "partnership", "meeting",
                    "notification")),
            // notifications (ADR 0041): listen to the features' events, read titles through their scoped services
            entry("notification", Set.of("base", "base.text", "security", "translation", "country", "registry",
                    "document", "partnership", "programme", "meeting", "proposal", "comment")),
            // comments on shared records (issue 21): threads found through the features' scoped services
            entry("comment", Set.of("base", "security", "translation", "partnership", "programme", "meeting")),
            // ui packages: base.ui, their own feature and the services of the features below them
            entry("translation.ui", Set.of("base", "base.text", "base.ui", "security", "translation")),
            entry("audit.ui", Set.of("base", "base.export", "base.ui", "audit", "security", "export")),
            entry("security.ui", Set.of("base", "base.export", "base.ui", "audit", "security", "country", "registry",
                    "export")),
            entry("territory.ui", Set.of("base", "base.export", "base.ui", "security", "territory", "export")),
            entry("country.ui", Set.of("base", "base.export", "base.text", "base.ui", "security", "translation",
                    "country", "registry", "partnership", "meeting", "practice", "export", "visit")),
            entry("registry.ui", Set.of("base", "base.text", "base.export", "base.ui", "audit", "security",
                    "translation", "territory", "country", "registry", "partnership", "meeting", "export", "visit")),
            entry("document.ui", Set.of("base", "base.text", "base.ui", "translation", "document")),
            entry("partnership.ui", Set.of("base", "base.text", "base.export", "base.ui", "security", "translation",
                    "territory", "country", "registry", "document", "partnership", "meeting", "export")),
            entry("programme.ui", Set.of("base", "base.text", "base.export", "base.ui", "security", "translation",
                    "country", "registry", "document", "partnership", "programme", "meeting", "export")),
            // the month calendar shows visits as bars across their days (issue 22)
            entry("meeting.ui", Set.of("base", "base.text", "base.export", "base.ui", "security", "translation",
                    "country", "registry", "document", "partnership", "programme", "meeting", "export", "visit")),
            // the start page lists the coming visits of delegations (issue 22)
            entry("dashboard.ui", Set.of("base", "base.text", "base.ui", "security", "translation", "country",
                    "registry", "partnership", "programme", "meeting", "proposal", "reminder", "dashboard", "visit")),
            entry("search.ui", Set.of("base", "base.ui", "country", "registry", "search")),
            entry("reminder.ui", Set.of("base", "base.export", "base.ui", "export", "reminder")),
            // a visit's page lists its practices (through base.ui's RelatedRecords) and links "record a practice"
            entry("visit.ui", Set.of("base", "base.text", "base.export", "base.ui", "security", "translation", "country",
                    "registry", "document", "partnership", "programme", "meeting", "export", "visit", "practice")),
            entry("proposal.ui", Set.of("base", "base.text", "base.ui", "security", "country", "meeting", "proposal")),
            entry("notification.ui", Set.of("base", "base.ui", "security", "translation", "notification")),
            entry("comment.ui", Set.of("base", "base.ui", "security", "translation", "comment")),
            entry("practice.ui", Set.of("base", "base.text", "base.export", "base.ui", "security", "translation", "country",
                    "registry", "document", "partnership", "programme", "meeting", "practice", "export", "visit")));

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
    void packages_are_free_of_cycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles()
                .because("each package can then be understood, and changed, from the packages below it")
                .check(classes);
    }

    @Test
    void base_depends_on_no_feature() {
        classes().that().resideInAPackage(ROOT + ".base..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..")
                        .or(resideInAPackage(ROOT + ".base.."))
                        .or(equivalentTo(Application.class)))
                .because("features plug into base.ui through its interfaces (NavigationEntry, NavbarItem, "
                        + "DocumentsPanels, RelatedRecords, CountryPickers, AdminUnitPickers), never the other way")
                .check(classes);
    }

    @Test
    void packages_use_only_the_packages_the_map_allows() {
        classes().should(useOnlyAllowedPackages()).check(classes);
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
                // the app shell names the theme
                .check(classes.that(not(equivalentTo(Application.class))));
    }

    /** Every arrow from a package of the portal to another one is in {@link #MAY_USE}; so is every package. */
    private static ArchCondition<JavaClass> useOnlyAllowedPackages() {
        return new ArchCondition<>("use only the packages that ArchitectureTest.MAY_USE allows") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                var from = relative(origin.getPackageName());
                var allowed = MAY_USE.get(from);
                if (allowed == null) {
                    events.add(SimpleConditionEvent.violated(origin, "package '" + from + "' of " + origin.getName()
                            + " is not in ArchitectureTest.MAY_USE"));
                    return;
                }
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    var target = dependency.getTargetClass().getPackageName();
                    if (!(target.equals(ROOT) || target.startsWith(ROOT + "."))) {
                        return;
                    }
                    var to = relative(target);
                    if (!to.equals(from) && !allowed.contains(to)) {
                        events.add(SimpleConditionEvent.violated(dependency,
                                "'" + from + "' may not use '" + to + "': " + dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static String relative(String packageName) {
        return packageName.equals(ROOT) ? "" : packageName.substring(ROOT.length() + 1);
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
