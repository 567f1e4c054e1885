package app.ember.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Ember's Launcher in a second JVM, as a user would from the jar, and collects what it said. */
final class ChildProcess {
    record Result(int exitCode, String out, String err) {
    }

    private ChildProcess() {
    }

    static Result run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return run(jvmOptions, java.util.Map.of(), args);
    }

    /** The same with environment variables set (a value of "" removes the variable). */
    static Result run(List<String> jvmOptions, java.util.Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("app.ember.Launcher");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        environment.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        // Read while it runs: a child that says much must not block on a full pipe.
        java.io.File out = java.io.File.createTempFile("ember-child", ".out");
        java.io.File err = java.io.File.createTempFile("ember-child", ".err");
        try {
            Process process = builder.redirectOutput(out).redirectError(err).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Ember did not finish within 90 s: " + command);
            }
            return new Result(process.exitValue(), java.nio.file.Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    java.nio.file.Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            out.delete();
            err.delete();
        }
    }

    /** The JVM options that run JavaFX headless, as the tests themselves run. */
    static List<String> headlessJavaFx() {
        return List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true");
    }

    private static File nullFile() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
