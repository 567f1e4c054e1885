package app.ember.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/**
 * The executor's promises, with no toolkit and no threads: the work and the hand-over (the JavaFX thread in
 * the window) are two queues this test empties in the order it wants, so answers can arrive late or out of
 * order on purpose.
 */
class TasksTest {
    /** An executor that only queues; the test runs what it holds when it wants. */
    private static final class Queue implements java.util.concurrent.Executor {
        final Deque<Runnable> waiting = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            waiting.add(command);
        }

        void runAll() {
            while (!waiting.isEmpty()) {
                waiting.poll().run();
            }
        }

        void runNewestFirst() {
            while (!waiting.isEmpty()) {
                waiting.pollLast().run();
            }
        }
    }

    private final Queue worker = new Queue();
    private final Queue fxThread = new Queue();
    private final Tasks tasks = new TaskRunner(worker, fxThread);
    private final List<String> said = new ArrayList<>();

    @Test
    void inALaneTheLatestRequestWinsEvenWhenAnOlderAnswerComesLater() {
        Tasks.Lane search = tasks.lane();
        List<String> queried = new ArrayList<>();
        search.submit(() -> {
            queried.add("ro");
            return "rows for ro";
        }, said::add, e -> said.add("failed"));
        worker.runAll(); // "ro" is answered, its answer waits for the JavaFX thread...
        search.submit(() -> {
            queried.add("ros");
            return "rows for ros";
        }, said::add, e -> said.add("failed"));
        search.submit(() -> {
            queried.add("rosa");
            return "rows for rosa";
        }, said::add, e -> said.add("failed"));
        worker.runNewestFirst(); // "rosa" answered before "ros" started
        fxThread.runAll();
        assertEquals(List.of("rows for rosa"), said, "only the latest request's answer is shown");
        assertEquals(List.of("ro", "rosa"), queried, "a request superseded before it started never queries");
    }

    @Test
    void aLaneRequestSeesItWasSupersededWhileItRuns() {
        Tasks.Lane lane = tasks.lane();
        List<Boolean> seen = new ArrayList<>();
        lane.submit(progress -> {
            lane.submit(() -> "newer", said::add, e -> said.add("failed")); // the user typed on meanwhile
            seen.add(progress.isCancelled());
            return "older";
        }, f -> { }, said::add, e -> said.add("failed"));
        worker.runAll();
        fxThread.runAll();
        assertEquals(List.of(true), seen);
        assertEquals(List.of("newer"), said);
    }

    @Test
    void aCancelledTaskReportsNothingAndItsWorkSeesTheCancel() {
        List<Boolean> seen = new ArrayList<>();
        Tasks.Handle handle = tasks.submit(progress -> {
            seen.add(progress.isCancelled());
            return "late";
        }, f -> said.add("progress " + f), said::add, e -> said.add("failed"));
        handle.cancel();
        worker.runAll();
        fxThread.runAll();
        assertTrue(handle.isCancelled());
        assertEquals(List.of(), seen, "cancelled before it started: the work does not run");
        assertEquals(List.of(), said);

        Tasks.Handle running = tasks.submit(progress -> {
            progress.update(0.5);
            return "done";
        }, f -> said.add("progress " + f), said::add, e -> said.add("failed"));
        worker.runAll();
        running.cancel(); // after the work, before the JavaFX thread took the answer
        fxThread.runAll();
        assertEquals(List.of(), said, "neither its progress nor its answer");
    }

    @Test
    void progressThenTheResultArriveOnTheHandOverThreadInOrder() {
        tasks.submit(progress -> {
            progress.update(0.25);
            progress.update(1);
            return "imported";
        }, f -> said.add("progress " + f), said::add, e -> said.add("failed"));
        worker.runAll();
        assertEquals(List.of(), said, "nothing reaches the view from the worker thread");
        fxThread.runAll();
        assertEquals(List.of("progress 0.25", "progress 1.0", "imported"), said);
    }

    @Test
    void aFailureIsReportedOnTheHandOverThread() {
        IllegalStateException broken = new IllegalStateException("the disk is full");
        List<Throwable> failures = new ArrayList<>();
        tasks.<String>submit(() -> {
            throw broken;
        }, said::add, failures::add);
        worker.runAll();
        assertEquals(List.of(), failures);
        fxThread.runAll();
        assertEquals(1, failures.size());
        assertSame(broken, failures.get(0));
        assertEquals(List.of(), said);
    }

    @Test
    void aLaneCancelledAsAWholeReportsNothing() {
        Tasks.Lane lane = tasks.lane();
        lane.submit(() -> "answer", said::add, e -> said.add("failed"));
        lane.cancel();
        worker.runAll();
        fxThread.runAll();
        assertEquals(List.of(), said);
    }

    @Test
    void workRefusedByAClosingPoolIsDroppedAsCancelled() {
        Tasks closing = new TaskRunner(command -> {
            throw new RejectedExecutionException("shut down");
        }, fxThread);
        Tasks.Handle handle = closing.submit(() -> "never", said::add, e -> said.add("failed"));
        assertTrue(handle.isCancelled());
        fxThread.runAll();
        assertEquals(List.of(), said);
    }

    @Test
    void sameThreadAnswersAtOnceForPlainViewModelTests() {
        Tasks now = Tasks.sameThread();
        Tasks.Handle handle = now.lane().submit(progress -> {
            progress.update(1);
            return "at once";
        }, f -> said.add("progress " + f), said::add, e -> said.add("failed"));
        assertEquals(List.of("progress 1.0", "at once"), said);
        assertFalse(handle.isCancelled());
        now.<String>submit(() -> {
            throw new IllegalArgumentException("bad file");
        }, said::add, e -> said.add(e.getMessage()));
        assertEquals(List.of("progress 1.0", "at once", "bad file"), said);
    }
}
