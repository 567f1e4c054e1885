package app.ember.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Work off the JavaFX thread for the view models: each task may report progress and be cancelled, and
 * its progress, result or failure is handed over on the JavaFX thread (at once, on the caller's thread, for
 * {@link #sameThread()}, so a view model's unit test needs no toolkit).
 *
 * <p>A {@link Lane} is for questions the user asks again before the answer came (a search typed letter by
 * letter, a filter, a report's period): each request cancels the one before it, and a cancelled task's
 * result or failure is never handed over, so an older answer can never overwrite a newer one.
 *
 * <p>Cancelling is cooperative: the work sees {@link Progress#isCancelled()} and may stop early; its thread
 * is never interrupted, since an interrupt in the middle of a file write closes the book's file channel.
 */
public interface Tasks {
    /** Work that may report its progress and look whether it was cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What running work sees of its task. */
    interface Progress {
        /** Done so far, 0 to 1; handed to the task's progress listener on the JavaFX thread. */
        void update(double fraction);

        boolean isCancelled();
    }

    /** A submitted task. */
    interface Handle {
        /** Its result or failure will not be handed over; the work sees it cancelled. */
        void cancel();

        boolean isCancelled();
    }

    /** Requests of which only the latest counts: each submit cancels the task submitted before it. */
    interface Lane {
        <T> Handle submit(Work<T> work, DoubleConsumer onProgress, Consumer<T> onDone, Consumer<Throwable> onFailed);

        default <T> Handle submit(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
            return submit(progress -> work.call(), fraction -> { }, onDone, onFailed);
        }

        /** Cancels the task in the lane, if any (the question is no longer asked: the tab closed, say). */
        void cancel();
    }

    /**
     * Runs the work off the JavaFX thread; progress, then the result or the failure, arrive on it. Every
     * failure is logged with where the work was asked for, whatever {@code onFailed} then shows.
     */
    <T> Handle submit(Work<T> work, DoubleConsumer onProgress, Consumer<T> onDone, Consumer<Throwable> onFailed);

    default <T> Handle submit(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        return submit(progress -> work.call(), fraction -> { }, onDone, onFailed);
    }

    /** A new lane of its own where the latest request wins. */
    Lane lane();

    /** The work and its callbacks at once on the caller's thread: for view-model tests without a toolkit. */
    static Tasks sameThread() {
        return new TaskRunner(Runnable::run, Runnable::run);
    }
}
