package app.ember.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/** Measured runs: repeat a step, keep the times, report the median, 95th percentile and worst. */
final class Timings {
    private final StringBuilder report = new StringBuilder();

    record Result(double median, double p95, double max) {
    }

    static Result measure(int warmup, int runs, Callable<?> step) throws Exception {
        for (int i = 0; i < warmup; i++) {
            step.call();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            step.call();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return new Result(millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                millis.get(millis.size() - 1));
    }

    void line(String format, Object... arguments) {
        String text = String.format(format, arguments);
        System.out.println(text);
        report.append(text).append('\n');
    }

    void add(String what, Result result) {
        line("%-44s median %7.2f ms  p95 %7.2f ms  max %7.2f ms", what, result.median(), result.p95(), result.max());
    }

    void write(String file) throws Exception {
        Path out = Path.of("target", "bench", file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    }
}
