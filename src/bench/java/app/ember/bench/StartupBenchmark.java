package app.ember.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Start-up of Ember's --smoke (window up, first page of leads drawn) against an empty JavaFX stage,
 * ten alternating runs each, medians and their ratio written to target/bench/startup.txt.
 * Uses the real display when DISPLAY is set (run it under Xvfb), else Monocle headless.
 *
 * <p>Argument: the packaged jar (target/ember.jar). The empty stage runs on this JVM's class path. Both run
 * on this JVM (Java 17, the jar route) and again on a Java 25 when one is found (-Dbench.jdk25=DIR, else
 * JAVA_HOME if it is Java 25, else /usr/lib/jvm), the installers' Java, so each is set against an empty
 * stage on the same Java.
 *
 * <p>{@code packaged EMBER EMPTY}: the same for the installers' app-images (Java 25), two launchers
 * (target/installer/Ember/bin/Ember and target/bench-packaged/EmptyStage/bin/EmptyStage, built by
 * {@code -Pinstallers,bench-packaged}), once as packaged (with their ahead-of-time caches) and once with
 * the cache off; written to target/bench/startup-packaged.txt. The app-images have no Monocle, so this
 * needs a display (Xvfb).
 */
public final class StartupBenchmark {
    private static final int RUNS = 10;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("packaged")) {
            packaged(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        Path jar = Path.of(args[0]);
        String benchClassPath = System.getProperty("java.class.path");
        Path dataDir = Files.createTempDirectory("ember-startup");
        Path thisJava = Path.of(System.getProperty("java.home"), "bin", "java");
        run(thisJava, List.of("-jar", jar.toString(), "--data-dir", dataDir.toString(), "demo"));
        StringBuilder report = new StringBuilder(String.format("display: %s%n",
                System.getenv("DISPLAY") == null ? "Monocle headless" : "X display " + System.getenv("DISPLAY")));
        Map<String, Path> javas = new LinkedHashMap<>();
        javas.put("Java " + System.getProperty("java.version") + " (this JVM; the jar route)", thisJava);
        Path java25 = java25();
        if (java25 == null) {
            report.append(String.format("%nJava 25: none found (name one with -Dbench.jdk25=DIR)%n"));
        } else {
            javas.put("Java 25 (" + java25.getParent().getParent() + ", as the installers)", java25);
        }
        for (Map.Entry<String, Path> java : javas.entrySet()) {
            List<Long> ember = new ArrayList<>();
            List<Long> empty = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                ember.add(ready(run(java.getValue(), List.of("-jar", jar.toString(), "--data-dir", dataDir.toString(),
                        "--smoke"))));
                empty.add(ready(run(java.getValue(), List.of("-cp", benchClassPath, "app.ember.bench.EmptyStage"))));
            }
            long emberMedian = median(ember);
            long emptyMedian = median(empty);
            report.append(String.format("%n%s:%n  ember --smoke (60 sample leads) ms: %s, median %d%n"
                            + "  empty JavaFX stage ms: %s, median %d%n  ratio: %.2f%n",
                    java.getKey(), ember, emberMedian, empty, emptyMedian, (double) emberMedian / emptyMedian));
        }
        Path out = Path.of("target", "bench", "startup.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    /** The java command of a JDK 25, or null: -Dbench.jdk25, JAVA_HOME if it is 25, else one in /usr/lib/jvm. */
    private static Path java25() throws IOException {
        List<Path> homes = new ArrayList<>();
        String named = System.getProperty("bench.jdk25", "");
        if (!named.isBlank() && !named.startsWith("${")) {
            homes.add(Path.of(named));
        }
        if (System.getenv("JAVA_HOME") != null) {
            homes.add(Path.of(System.getenv("JAVA_HOME")));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (var dirs = Files.list(jvms)) {
                dirs.sorted().forEach(homes::add);
            }
        }
        for (Path home : homes) {
            Path release = home.resolve("release");
            Path java = home.resolve("bin").resolve("java");
            if (Files.isRegularFile(release) && Files.isExecutable(java)
                    && Files.readAllLines(release).stream().anyMatch(l -> l.startsWith("JAVA_VERSION=\"25"))) {
                return java;
            }
        }
        return null;
    }

    private static void packaged(Path ember, Path emptyStage) throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            throw new IllegalStateException("the packaged apps have no headless mode: run under a display,"
                    + " e.g. Xvfb :99 & DISPLAY=:99 ./mvnw -B -Pinstallers,bench-packaged verify -DskipTests");
        }
        for (Path launcher : List.of(ember, emptyStage)) {
            if (!Files.isExecutable(launcher)) {
                throw new IllegalStateException(launcher + " is missing: build it with -Pinstallers,bench-packaged");
            }
        }
        Path dataDir = Files.createTempDirectory("ember-startup");
        launch(List.of(ember.toString(), "--data-dir", dataDir.toString(), "demo"), Map.of());
        StringBuilder report = new StringBuilder(String.format(
                "display: X display %s%npackaged app-images (jpackage, one Java 25 runtime), alternating, %d runs each%n",
                display, RUNS));
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        variants.put("with their ahead-of-time caches (as packaged)", Map.of());
        variants.put("ahead-of-time cache off (-XX:AOTMode=off)", Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=off"));
        for (Map.Entry<String, Map<String, String>> variant : variants.entrySet()) {
            List<Long> emberTimes = new ArrayList<>();
            List<Long> emptyTimes = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                emberTimes.add(ready(launch(List.of(ember.toString(), "--data-dir", dataDir.toString(), "--smoke"),
                        variant.getValue())));
                emptyTimes.add(ready(launch(List.of(emptyStage.toString()), variant.getValue())));
            }
            long emberMedian = median(emberTimes);
            long emptyMedian = median(emptyTimes);
            report.append(String.format("%n%s:%n  ember --smoke (60 sample leads) ms: %s, median %d%n"
                            + "  empty JavaFX stage ms: %s, median %d%n  ratio: %.2f%n",
                    variant.getKey(), emberTimes, emberMedian, emptyTimes, emptyMedian,
                    (double) emberMedian / emptyMedian));
        }
        Path out = Path.of("target", "bench", "startup-packaged.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    /** Runs a packaged launcher with extra environment variables; returns what it printed. */
    private static String launch(List<String> command, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(env);
        Process process = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
            try (InputStream stream = process.getInputStream()) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("no exit within 60 s: " + command + "\n" + out.getNow(""));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("failed (exit " + process.exitValue() + "): " + command + "\n" + out.join());
        }
        return out.join();
    }

    private static String run(Path java, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
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
