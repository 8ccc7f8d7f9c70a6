package dev.maca.agency;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Calls a plugin's methods on daemon worker threads with a time limit, so a plugin that blocks, is slow, or throws any
 * {@link Throwable} (an {@link Error} included) cannot hang or break the thread building the registry.
 *
 * <p>Owned by one registry build and closed at its end; closing interrupts any worker still running. A plugin that
 * ignores interrupts keeps its daemon thread until it returns, but the host does not wait for it and the JVM can still
 * exit.
 */
final class PluginCalls implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService workers;
    private final Duration timeout;

    PluginCalls(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "maca-agency-module-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The longest a single call may take. */
    Duration timeout() {
        return timeout;
    }

    /** Runs {@code method} on a worker and waits at most {@link #timeout()} for it; never throws. */
    <T> Outcome<T> call(Callable<T> method) {
        AtomicReference<Thread> worker = new AtomicReference<>();
        Future<T> future;
        try {
            future = workers.submit(() -> {
                worker.set(Thread.currentThread());
                return method.call();
            });
        } catch (RuntimeException e) {
            return new Outcome.Threw<>(e);
        }
        try {
            return new Outcome.Returned<>(future.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new Outcome.Threw<>(cause);
        } catch (TimeoutException | CancellationException e) {
            Thread running = worker.get();
            List<StackTraceElement> stack = running == null ? List.of() : List.of(running.getStackTrace());
            future.cancel(true);
            return new Outcome.TimedOut<>(stack);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome.Interrupted<>();
        }
    }

    /** Interrupts any worker still running and lets the idle ones end. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** How one call ended. */
    sealed interface Outcome<T> {
        /** The method returned, possibly null. */
        record Returned<T>(T value) implements Outcome<T> {}

        /** The method threw, an {@link Error} included. */
        record Threw<T>(Throwable thrown) implements Outcome<T> {}

        /** The method did not return in time and was interrupted; {@code stack} is where it was, innermost first. */
        record TimedOut<T>(List<StackTraceElement> stack) implements Outcome<T> {}

        /** The thread building the registry was interrupted while waiting; its interrupt status is kept. */
        record Interrupted<T>() implements Outcome<T> {}
    }
}
