package app.ember.bench;

import app.ember.app.Services;
import app.ember.domain.Outcome;
import app.ember.store.Database;
import app.ember.ui.planner.PlanRow;
import app.ember.ui.common.Background;
import app.ember.ui.common.Theme;
import app.ember.ui.main.MainView;
import app.ember.ui.main.MainViewModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The real main window over 100,000 leads and 1,000,000 touches, headless (Monocle): while a
 * "typist" enters searches a key every 80 ms and then the list is scrolled end to end, a probe asks
 * the JavaFX thread to answer every 5 ms and records how late each answer comes. The longest wait
 * is the longest time the JavaFX thread was blocked. Then the heap. Figures: target/bench/ui.txt.
 */
public final class UiResponsiveness {
    private UiResponsiveness() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("glass.platform") == null && System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        Database database = BenchDatabase.open();
        Services services = new Services(database, Clock.systemDefaultZone());
        Background background = Background.daemonPool();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<MainViewModel> model = new AtomicReference<>();
        AtomicReference<Scene> scene = new AtomicReference<>();
        Platform.runLater(() -> {
            model.set(new MainViewModel(services, background));
            Scene shown = new Scene(MainView.create(model.get(), new app.ember.ui.common.FxDialogService()), 1240, 760);
            Theme.apply(shown, false);
            Stage stage = new Stage();
            stage.setScene(shown);
            stage.show();
            scene.set(shown);
        });
        waitFor(() -> model.get() != null && model.get().list().loadedProperty().get());

        Probe probe = new Probe();
        probe.start();
        // First the window left alone: what the machine itself costs the probe (other load, rendering).
        Thread.sleep(3000);
        List<Long> idle = probe.takeDelays();
        TextField search = (TextField) scene.get().lookup("#searchField");
        System.setProperty("bench.phase", "typing"); // for a profiler attached to this run
        for (String word : List.of("peonies", "lefevre", "anna smith", "müller", "zz")) {
            for (char c : word.toCharArray()) {
                Platform.runLater(() -> search.appendText(String.valueOf(c)));
                Thread.sleep(80);
            }
            Thread.sleep(400);
            Platform.runLater(search::clear);
            Thread.sleep(400);
        }
        waitFor(() -> model.get().list().loadedProperty().get());
        List<Long> typing = probe.takeDelays();
        System.setProperty("bench.phase", "scrolling");
        @SuppressWarnings("unchecked")
        TableView<Object> table = (TableView<Object>) scene.get().lookup(".lead-table");
        for (int row = 0; row < 100_000; row += 2_500) {
            int target = row;
            Platform.runLater(() -> table.scrollTo(target));
            Thread.sleep(60);
        }
        Thread.sleep(500);
        List<Long> scrolling = probe.takeDelays();
        // "This week": open the plan, walk down it a row every 30 ms, then log twenty actions with one key each.
        System.setProperty("bench.phase", "planner");
        Platform.runLater(() -> ((javafx.scene.control.TabPane) scene.get().lookup(".main-tabs"))
                .getSelectionModel().select(1));
        waitFor(() -> model.get().planner().planProperty().get() != null && !model.get().planner().busyProperty().get());
        int planned = model.get().planner().rows().size();
        Thread.sleep(300);
        List<Long> opening = probe.takeDelays();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<PlanRow> planList =
                (javafx.scene.control.ListView<PlanRow>) scene.get().lookup("#planner-list");
        for (int step = 0; step < Math.min(300, planned); step++) {
            Platform.runLater(() -> planList.getSelectionModel().selectNext());
            Thread.sleep(30);
        }
        List<Long> moving = probe.takeDelays();
        for (int i = 0; i < Math.min(20, planned); i++) {
            PlanRow row = model.get().planner().rows().get(i);
            Platform.runLater(() -> model.get().planner().log(row, Outcome.REACHED));
            Thread.sleep(100);
        }
        waitFor(() -> model.get().planner().rows().stream().limit(20).allMatch(r -> r.state() == PlanRow.State.DONE));
        Thread.sleep(500);
        List<Long> logging = probe.takeDelays();
        probe.stop();
        System.gc();
        Thread.sleep(300);
        long usedAfterGc = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        Timings report = new Timings();
        report.line("Main window over %,d leads and %,d touches, headless (%s), Java heap limit %d MB",
                BenchDatabase.LEADS, BenchDatabase.TOUCHES, System.getProperty("glass.platform", "gtk"),
                Runtime.getRuntime().maxMemory() / 1_048_576);
        report.line("JavaFX thread waits with the window idle:      longest %d ms, p99 %d ms (%d probes)",
                max(idle), percentile(idle, 0.99), idle.size());
        report.line("JavaFX thread blocked while typing searches:  longest %d ms, p99 %d ms (%d probes)",
                max(typing), percentile(typing, 0.99), typing.size());
        report.line("JavaFX thread blocked while scrolling 100k:   longest %d ms, p99 %d ms (%d probes)",
                max(scrolling), percentile(scrolling, 0.99), scrolling.size());
        report.line("JavaFX thread blocked opening This week (plan of %,d actions, %,d kept): longest %d ms, "
                + "p99 %d ms (%d probes)", model.get().planner().planProperty().get().allActions(), planned,
                max(opening), percentile(opening, 0.99), opening.size());
        report.line("JavaFX thread blocked moving down the plan a row every 30 ms: longest %d ms, p99 %d ms (%d probes)",
                max(moving), percentile(moving, 0.99), moving.size());
        report.line("JavaFX thread blocked logging 20 actions with one key each: longest %d ms, p99 %d ms (%d probes)",
                max(logging), percentile(logging, 0.99), logging.size());
        report.line("Heap: the whole run fits in a %d MB heap; in use after scrolling, after a GC: %d MB",
                Runtime.getRuntime().maxMemory() / 1_048_576, usedAfterGc / 1_048_576);
        report.write("ui.txt");
        Platform.exit();
        background.close();
        services.close();
        System.exit(0);
    }

    private static long max(List<Long> values) {
        return values.isEmpty() ? 0 : Collections.max(values);
    }

    private static long percentile(List<Long> values, double p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(sorted.size() * p) - 1);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the window did not get ready within 60 s");
            }
            Thread.sleep(20);
        }
    }

    /** Posts a task to the JavaFX thread every 5 ms and records how long each waited to run. */
    private static final class Probe {
        private final List<Long> delays = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::run, "fx-probe");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
        }

        List<Long> takeDelays() {
            synchronized (delays) {
                List<Long> taken = new ArrayList<>(delays);
                delays.clear();
                return taken;
            }
        }

        private void run() {
            while (running) {
                long posted = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                Platform.runLater(() -> {
                    delays.add((System.nanoTime() - posted) / 1_000_000);
                    ran.countDown();
                });
                try {
                    ran.await();
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
