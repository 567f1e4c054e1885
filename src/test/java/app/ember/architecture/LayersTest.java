package app.ember.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of Ember, checked on the compiled classes (not the sources, so no import can hide):
 * <pre>
 *   domain   (rules and data, plain Java)
 *   i18n, files   (words from the bundle; files written whole and private)
 *   store, io, mail   (the book in SQL; file formats; PDFs and printing): none knows another
 *   app   (the services both faces use)
 *   ui, cli   (the window; the command line, which may open the window)
 * </pre>
 * Each layer uses only the layers above it in this list. No rule here lists an exception.
 */
@AnalyzeClasses(packages = "app.ember", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {
    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture().consideringOnlyDependenciesInAnyPackage("app.ember..")
            .layer("Domain").definedBy("app.ember.domain..")
            .layer("Words").definedBy("app.ember.i18n..")
            .layer("Files").definedBy("app.ember.files..")
            .layer("Store").definedBy("app.ember.store..")
            .layer("Formats").definedBy("app.ember.io..")
            .layer("Print").definedBy("app.ember.mail..")
            .layer("Services").definedBy("app.ember.app..")
            .layer("Window").definedBy("app.ember.ui..")
            .layer("CommandLine").definedBy("app.ember.cli..")
            .layer("Launcher").definedBy("app.ember")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("CommandLine").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Window").mayOnlyBeAccessedByLayers("CommandLine", "Launcher")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Window", "CommandLine", "Launcher")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Services", "Window", "CommandLine")
            .whereLayer("Formats").mayOnlyBeAccessedByLayers("Services", "Window", "CommandLine")
            .whereLayer("Print").mayOnlyBeAccessedByLayers("Services", "Window", "CommandLine")
            .whereLayer("Files").mayOnlyBeAccessedByLayers("Store", "Formats", "Print", "Services", "Window",
                    "CommandLine")
            .whereLayer("Words").mayOnlyBeAccessedByLayers("Store", "Formats", "Print", "Services", "Window",
                    "CommandLine", "Launcher")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Words", "Files", "Store", "Formats", "Print",
                    "Services", "Window", "CommandLine", "Launcher");

    @ArchTest
    static final ArchRule noCycleBetweenPackages = slices().matching("app.ember.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCycleBetweenScreens = slices().matching("app.ember.ui.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theDomainKnowsNoToolkitAndNoDatabase = noClasses().that().resideInAPackage("app.ember.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule onlyTheWindowUsesJavaFx = noClasses().that().resideOutsideOfPackages("app.ember.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule sqlLivesInTheStore = noClasses().that().resideOutsideOfPackages("app.ember.store..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");
}
