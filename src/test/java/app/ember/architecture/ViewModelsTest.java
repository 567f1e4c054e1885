package app.ember.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The window reaches the book only through its view models: a view, a window or a dialog binds, lays out
 * and forwards the user's gestures, and asks its view model for the rest (the view model runs the work on
 * its task executor and hands back a result). So no class of {@code app.ember.ui} but a view model (a
 * class named {@code …ViewModel}, with its nested classes) and the composition root ({@code EmberApp},
 * which opens the book before any window exists) may use {@code app.Services} or the store's books,
 * stores and database. The store's values (records: a backup, a server's address) and its exceptions
 * (a refused login, a damaged book) may be shown and named anywhere: they carry no way to the book.
 */
@AnalyzeClasses(packages = "app.ember", importOptions = ImportOption.DoNotIncludeTests.class)
class ViewModelsTest {
    private static final DescribedPredicate<JavaClass> VIEW_MODEL_OR_ROOT =
            DescribedPredicate.describe("a view model or the composition root", javaClass -> {
                String topLevel = javaClass.getName().split("\\$")[0];
                return topLevel.endsWith("ViewModel") || topLevel.equals("app.ember.ui.main.EmberApp");
            });

    private static final DescribedPredicate<JavaClass> SERVICES_OR_BOOKS =
            DescribedPredicate.describe("Services or the store's books, stores and database", javaClass -> {
                String name = javaClass.getName();
                if (name.equals("app.ember.app.Services") || name.startsWith("app.ember.app.Services$")) {
                    return true;
                }
                if (!name.startsWith("app.ember.store.")) {
                    return false;
                }
                boolean record = javaClass.getRawSuperclass().map(up -> up.getName().equals("java.lang.Record"))
                        .orElse(false);
                return !record && !javaClass.isAssignableTo(Throwable.class);
            });

    @ArchTest
    static final ArchRule onlyViewModelsReachTheBook = noClasses().that().resideInAPackage("app.ember.ui..")
            .and(DescribedPredicate.not(VIEW_MODEL_OR_ROOT))
            .should().dependOnClassesThat(SERVICES_OR_BOOKS);
}
