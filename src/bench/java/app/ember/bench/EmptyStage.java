package app.ember.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for start-up: an empty JavaFX stage started the same way as Ember, printing
 * "ready N" after its first frame exactly as Ember's --smoke does.
 */
public final class EmptyStage {
    private EmptyStage() {
    }

    public static void main(String[] args) {
        Application.launch(App.class);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(), 1240, 760);
            stage.setScene(scene);
            stage.show();
            Runnable[] afterFrame = new Runnable[1];
            afterFrame[0] = () -> {
                scene.removePostLayoutPulseListener(afterFrame[0]);
                System.out.println("ready " + ManagementFactory.getRuntimeMXBean().getUptime());
                Platform.runLater(Platform::exit);
            };
            scene.addPostLayoutPulseListener(afterFrame[0]);
            Platform.requestNextPulse();
        }
    }
}
