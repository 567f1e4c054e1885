package app.ember.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.ember.ui.editor.LeadEditorView;
import app.ember.ui.leads.LeadListView;
import app.ember.ui.main.MainView;
import app.ember.ui.planner.PlannerView;
import app.ember.ui.reports.ReportsView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17: a view finds its FXML by its name, in one place; every view's file is where the name says. */
class ViewLoaderTest {
    @Test
    void aViewsFxmlIsItsNameWithoutViewBesideIt() {
        assertEquals("LeadList.fxml", ViewLoader.fxmlOf(LeadListView.class));
        for (Class<?> view : List.of(MainView.class, LeadListView.class, LeadEditorView.class, PlannerView.class,
                ReportsView.class)) {
            assertNotNull(view.getResource(ViewLoader.fxmlOf(view)), view.getName());
        }
    }

    @Test
    void aControllerNotNamedLikeAViewIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ViewLoader.fxmlOf(String.class));
    }
}
