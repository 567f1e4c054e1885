package app.ember.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up of Ember's --smoke (window up, first page of leads drawn) against an empty JavaFX stage,
 * ten alternating runs each, medians and their ratio written to target/bench/startup.txt.
 * Uses the real display when DISPLAY is set (run it under Xvfb), else Monocle headless.
 *
 * <p>Argument: the packaged jar (target/ember.jar). The empty stage runs on this JVM's class path.
 */
public final class StartupBenchmark {
    private static final int RUNS = 10;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        String benchClassPath = System.getProperty("java.class.path");
        Path dataDir = Files.createTempDirectory("ember-startup");
        run(List.of("-jar", jar.toString(), "--data-dir", dataDir.toString(), "demo"));
        List<Long> ember = new ArrayList<>();
        List<Long> empty = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            ember.add(ready(run(List.of("-jar", jar.toString(), "--data-dir", dataDir.toString(), "--smoke"))));
            empty.add(ready(run(List.of("-cp", benchClassPath, "app.ember.bench.EmptyStage"))));
        }
        long emberMedian = median(ember);
        long emptyMedian = median(empty);
        String report = String.format("display: %s%nember --smoke (60 sample leads) ms: %s, median %d%n"
                        + "empty JavaFX stage ms: %s, median %d%nratio: %.2f%n",
                System.getenv("DISPLAY") == null ? "Monocle headless" : "X display " + System.getenv("DISPLAY"),
                ember, emberMedian, empty, emptyMedian, (double) emberMedian / emptyMedian);
        Path out = Path.of("target", "bench", "startup.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    private static String run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (System.getenv("DISPLAY") == null) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("failed: " + command + "\n" + out);
        }
        return out;
    }

    private static long ready(String out) {
        return out.lines().filter(l -> l.startsWith("ready ")).mapToLong(l -> Long.parseLong(l.substring(6).trim()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no 'ready' line in: " + out));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
