package app.ember.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link Tasks} on two executors: one runs the work, the other hands progress and results over (the
 * JavaFX thread in the window; the caller's thread in a plain test; a queue in the executor's own test,
 * which then decides in which order answers arrive).
 */
public final class TaskRunner implements Tasks {
    private static final Logger LOG = Logger.getLogger(TaskRunner.class.getName());
    private static final StackWalker WALKER = StackWalker.getInstance();
    private final Executor worker;
    private final Executor handOver;

    public TaskRunner(Executor worker, Executor handOver) {
        this.worker = worker;
        this.handOver = handOver;
    }

    @Override
    public <T> Handle submit(Work<T> work, DoubleConsumer onProgress, Consumer<T> onDone,
                             Consumer<Throwable> onFailed) {
        Running<T> task = new Running<>(work, onProgress, onDone, onFailed, caller());
        try {
            worker.execute(task);
        } catch (RejectedExecutionException closing) {
            // The window is closing and its threads are gone: late work (a timer firing) is dropped.
            task.cancel();
        }
        return task;
    }

    @Override
    public Lane lane() {
        return new Lane() {
            private final AtomicReference<Handle> latest = new AtomicReference<>();

            @Override
            public <T> Handle submit(Work<T> work, DoubleConsumer onProgress, Consumer<T> onDone,
                                     Consumer<Throwable> onFailed) {
                // Cancelled before the new one starts: on one thread, the older answer can no longer arrive.
                cancel();
                Running<T> task = new Running<>(work, onProgress, onDone, onFailed, caller());
                latest.set(task);
                try {
                    worker.execute(task);
                } catch (RejectedExecutionException closing) {
                    task.cancel();
                }
                return task;
            }

            @Override
            public void cancel() {
                Handle before = latest.getAndSet(null);
                if (before != null) {
                    before.cancel();
                }
            }
        };
    }

    /** One task: runs on the worker, hands over unless cancelled by then. */
    private final class Running<T> implements Runnable, Handle, Progress {
        private final Work<T> work;
        private final DoubleConsumer onProgress;
        private final Consumer<T> onDone;
        private final Consumer<Throwable> onFailed;
        private final String askedAt;
        private volatile boolean cancelled;

        Running(Work<T> work, DoubleConsumer onProgress, Consumer<T> onDone, Consumer<Throwable> onFailed,
                String askedAt) {
            this.work = work;
            this.onProgress = onProgress;
            this.onDone = onDone;
            this.onFailed = onFailed;
            this.askedAt = askedAt;
        }

        @Override
        public void run() {
            if (cancelled) {
                return; // superseded before it started: no query at all
            }
            T result;
            try {
                result = work.run(this);
            } catch (Exception | Error error) {
                if (cancelled) {
                    LOG.log(Level.FINE, "cancelled work asked for in " + askedAt + " failed: " + error, error);
                    return;
                }
                LOG.log(Level.WARNING, "background work asked for in " + askedAt + " failed: " + error, error);
                handOver.execute(() -> {
                    if (!cancelled) {
                        onFailed.accept(error);
                    }
                });
                return;
            }
            // Checked again on the hand-over thread: a cancel between here and there still wins.
            handOver.execute(() -> {
                if (!cancelled) {
                    onDone.accept(result);
                }
            });
        }

        @Override
        public void update(double fraction) {
            handOver.execute(() -> {
                if (!cancelled) {
                    onProgress.accept(fraction);
                }
            });
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private static boolean ours(String className) {
        for (Class<?> own : new Class<?>[] {TaskRunner.class, Tasks.class, Background.class}) {
            if (className.equals(own.getName()) || className.startsWith(own.getName() + "$")) {
                return true;
            }
        }
        return false;
    }

    /** "ReportsViewModel.reload:87": the code that asked for the work, for the log. */
    private static String caller() {
        return WALKER.walk(frames -> frames
                .filter(f -> !ours(f.getClassName()))
                .findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName()
                        + ":" + f.getLineNumber())
                .orElse("?"));
    }
}
