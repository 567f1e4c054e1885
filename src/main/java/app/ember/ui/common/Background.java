package app.ember.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs database work off the JavaFX thread and hands the result back on it. Tests may build one
 * on an executor of their own (the callbacks still arrive on the JavaFX thread), or take
 * {@link #sameThread()}, which needs no JavaFX at all: a view model then runs in a plain unit test.
 */
public final class Background implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Background.class.getName());
    private static final StackWalker WALKER = StackWalker.getInstance();
    /** Null for {@link #sameThread()}: the work and its callbacks run at once on the caller's thread. */
    private final Executor executor;

    public Background(Executor executor) {
        this.executor = executor;
    }

    /** The work and then its callback, at once on the calling thread: for view model tests without a toolkit. */
    public static Background sameThread() {
        return new Background(null);
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

    /**
     * Runs the work on a background thread; its result, or its failure, is handed over on the JavaFX
     * thread. Every failure is logged with its stack trace and where the work was started, whatever
     * {@code onFailure} then shows the user (most show one line).
     */
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        String startedAt = caller();
        if (executor == null) {
            runHere(work, onSuccess, onFailure, startedAt);
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> {
            Throwable error = task.getException();
            LOG.log(Level.WARNING, "background work started in " + startedAt + " failed: " + error, error);
            onFailure.accept(error);
        });
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closing) {
            // The window is closing and its threads are gone: late work (a timer firing) is dropped.
            task.cancel();
        }
    }

    private static <T> void runHere(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                                    String startedAt) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error error) {
            LOG.log(Level.WARNING, "work started in " + startedAt + " failed: " + error, error);
            onFailure.accept(error);
            return;
        }
        onSuccess.accept(result);
    }

    /**
     * Hands a small update (a progress figure) from background work to the JavaFX thread; with
     * {@link #sameThread()} it runs at once, so a view model's test needs no toolkit.
     */
    public void handOver(Runnable update) {
        if (executor == null) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    /** "MainViewModel.backUpNow:154": the code that asked for the work, for the log. */
    private static String caller() {
        return WALKER.walk(frames -> frames.skip(2).findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName()
                        + ":" + f.getLineNumber())
                .orElse("?"));
    }

    @Override
    public void close() {
        if (executor instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }
}
