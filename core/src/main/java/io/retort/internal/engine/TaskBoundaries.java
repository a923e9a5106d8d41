package io.retort.internal.engine;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;

import reactor.core.scheduler.Schedulers;

/**
 * Runs work after the task the current thread is running, the way a JavaScript microtask runs
 * after the current script: everything the task does synchronously (a {@code flatMap} that
 * subscribes a hundred inner publishers, say) happens first. This lets a data loader gather the
 * requests of one pipeline step deterministically rather than by waiting for a quiet period.
 *
 * <p>Two kinds of threads have a task boundary we can see: a Reactor scheduler's threads (every
 * task they run is wrapped through {@link Schedulers#onScheduleHook}, installed by
 * {@link #install()}) and a network driver's event loop (the driver names its executor through
 * {@link DriverSupport#currentEventLoop()}; a task handed to it runs after the current one).
 */
public final class TaskBoundaries {

    private static final String HOOK_KEY = "io.retort.task-boundaries";
    /** The frame of each scheduler thread, reused by its tasks: wrapping a task allocates nothing. */
    private static final ThreadLocal<TaskFrame> FRAME = ThreadLocal.withInitial(TaskFrame::new);
    private static volatile boolean installed;

    private TaskBoundaries() {
    }

    /** Wraps every task of Reactor's schedulers so that its end is visible; idempotent. */
    public static void install() {
        if (installed) {
            return;
        }
        synchronized (TaskBoundaries.class) {
            if (!installed) {
                Schedulers.onScheduleHook(HOOK_KEY, TaskBoundaries::wrap);
                installed = true;
            }
        }
    }

    /**
     * Runs {@code work} once the current thread's task is over, and answers true; answers false
     * (and does nothing) when this thread's task boundary cannot be seen. {@code eventLoop} is
     * the driver's {@link DriverSupport#currentEventLoop()}.
     */
    public static boolean runAfterCurrentTask(Runnable work, @Nullable Executor loop) {
        TaskFrame frame = FRAME.get();
        if (frame.active) {
            frame.runAfter(work);
            return true;
        }
        if (loop != null) {
            loop.execute(work);
            return true;
        }
        return false;
    }

    private static Runnable wrap(Runnable task) {
        return () -> {
            TaskFrame frame = FRAME.get();
            if (frame.active) {
                task.run();     // a task run inline inside another: the outer one owns the boundary
                return;
            }
            frame.active = true;
            try {
                task.run();
            } finally {
                try {
                    frame.drain();
                } finally {
                    frame.active = false;
                }
            }
        };
    }

    /** Whether a thread is inside a wrapped task, and the work waiting for that task's end. */
    private static final class TaskFrame {

        boolean active;
        private @Nullable ArrayDeque<Runnable> after;

        void runAfter(Runnable work) {
            if (after == null) {
                after = new ArrayDeque<>(2);
            }
            after.add(work);
        }

        void drain() {
            if (after == null) {
                return;
            }
            Runnable next;
            // Work run here may queue more work; it runs in this same boundary.
            while ((next = after.poll()) != null) {
                try {
                    next.run();
                } catch (RuntimeException | Error e) {
                    Thread t = Thread.currentThread();
                    t.getUncaughtExceptionHandler().uncaughtException(t, e);
                }
            }
        }
    }
}
