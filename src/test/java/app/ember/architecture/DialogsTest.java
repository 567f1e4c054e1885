package app.ember.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every dialog, file chooser and window over the main one is shown by the dialog service
 * ({@code ui.common.DialogService}): its window implementation owns and themes each one, and a test
 * hands a scripted one. A view that showed a dialog itself would escape both.
 */
@AnalyzeClasses(packages = "app.ember", importOptions = ImportOption.DoNotIncludeTests.class)
class DialogsTest {
    @ArchTest
    static final ArchRule onlyTheDialogServiceShowsDialogs = noClasses().that().doNotHaveFullyQualifiedName(
                    "app.ember.ui.common.FxDialogService")
            .should().callMethod(javafx.scene.control.Dialog.class, "showAndWait")
            .orShould().callMethod(javafx.scene.control.Dialog.class, "show")
            .orShould().callMethod(javafx.stage.FileChooser.class, "showOpenDialog", javafx.stage.Window.class)
            .orShould().callMethod(javafx.stage.FileChooser.class, "showSaveDialog", javafx.stage.Window.class)
            .orShould().callMethod(javafx.stage.FileChooser.class, "showOpenMultipleDialog", javafx.stage.Window.class)
            .orShould().callMethod(javafx.stage.DirectoryChooser.class, "showDialog", javafx.stage.Window.class)
            .orShould().callConstructor(javafx.stage.Stage.class)
            .orShould().callConstructor(javafx.stage.Stage.class, javafx.stage.StageStyle.class)
            .because("the dialog service owns and themes every dialog and window, and tests replace it");
}
