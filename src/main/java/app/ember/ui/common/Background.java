package app.ember.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs database work off the JavaFX thread and hands the result back on it. Tests may build one
 * on a same-thread executor; the callbacks still arrive on the JavaFX thread.
 */
public final class Background implements AutoCloseable {
    private final Executor executor;

    public Background(Executor executor) {
        this.executor = executor;
    }

    /** Two daemon threads: enough for a page load and a detail load at once, and they never keep the JVM alive. */
    public static Background daemonPool() {
        ExecutorService pool = Executors.newFixedThreadPool(2, work -> {
            Thread thread = new Thread(work, "ember-background");
            thread.setDaemon(true);
            return thread;
        });
        return new Background(pool);
    }

    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closing) {
            // The window is closing and its threads are gone: late work (a timer firing) is dropped.
            task.cancel();
        }
        return task;
    }

    @Override
    public void close() {
        if (executor instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }
}
