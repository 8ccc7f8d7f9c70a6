package dev.maca.examples.cli;

import dev.maca.files.AtomicFile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a command's output files, each atomically ({@link AtomicFile}), rendering several at once on as many threads
 * as the machine has processors, and prints each file written with its size, in the order planned whatever the order
 * they finish in, with a counter ({@code [40/78]}) for steps of many files.
 *
 * <p>MACA's renderers are stateless and thread-safe, so the files are the same bytes however many threads render them.
 * When a file fails, the files not yet started are cancelled, those rendering are finished (every file is whole or
 * absent), and the failure is thrown as it was raised.
 */
public final class OutputRun implements AutoCloseable {
    private final PrintWriter out;
    private final ExecutorService executor;
    private final List<WrittenFile> written = new ArrayList<>();

    /**
     * A run that prints to {@code out}.
     *
     * @param out where to print each file written
     * @param threads how many files to render at once, at least one
     */
    public OutputRun(PrintWriter out, int threads) {
        this.out = Objects.requireNonNull(out, "out");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.executor = Executors.newFixedThreadPool(threads, new RenderThreads());
    }

    /** A run on as many threads as the machine has processors. */
    public static OutputRun onAllProcessors(PrintWriter out) {
        return new OutputRun(out, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Writes the files of one step and prints each.
     *
     * @return the files written, in the order planned
     * @throws RuntimeException the first failure of a file, as raised (e.g. an {@link java.io.UncheckedIOException})
     */
    public List<WrittenFile> write(OutputStep step) {
        return write(List.of(step));
    }

    /**
     * Writes the files of several steps at once, and prints each step's heading and files in the order planned.
     *
     * @return the files written, in the order planned
     * @throws RuntimeException the first failure of a file, as raised (e.g. an {@link java.io.UncheckedIOException});
     *     the files before it are written and printed, and the files rendering at the time are finished
     */
    public List<WrittenFile> write(List<OutputStep> steps) {
        List<List<Future<WrittenFile>>> futures = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        for (OutputStep step : steps) {
            List<Future<WrittenFile>> stepFutures = new ArrayList<>();
            for (PlannedFile file : step.files()) {
                Task task = new Task(file);
                tasks.add(task);
                stepFutures.add(executor.submit(task::run));
            }
            futures.add(stepFutures);
        }
        List<WrittenFile> done = new ArrayList<>();
        try {
            for (int s = 0; s < steps.size(); s++) {
                OutputStep step = steps.get(s);
                if (!step.title().isEmpty()) {
                    out.println(step.title());
                }
                List<Future<WrittenFile>> stepFutures = futures.get(s);
                long bytes = 0;
                for (int i = 0; i < stepFutures.size(); i++) {
                    WrittenFile file = await(stepFutures.get(i), step.files().get(i));
                    done.add(file);
                    written.add(file);
                    bytes += file.bytes();
                    print(i + 1, stepFutures.size(), file);
                }
                if (!step.title().isEmpty() && stepFutures.size() > 1) {
                    out.println("  " + Problems.count(stepFutures.size(), "file") + ", " + WrittenFile.size(bytes));
                }
                out.flush();
            }
        } catch (RuntimeException failure) {
            tasks.forEach(Task::finishOrSkip);
            futures.forEach(step -> step.forEach(f -> f.cancel(false)));
            throw failure;
        }
        return List.copyOf(done);
    }

    /** Seconds since {@code startNanos}, for people: "2.4 s". */
    static String seconds(long startNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static WrittenFile await(Future<WrittenFile> future, PlannedFile file) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing " + file.shown(), e);
        }
    }

    /** Every file written by this run so far, in order. */
    public List<WrittenFile> written() {
        return List.copyOf(written);
    }

    /** The total size of the files written so far, in bytes. */
    public long totalBytes() {
        return written.stream().mapToLong(WrittenFile::bytes).sum();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private void print(int index, int count, WrittenFile file) {
        String counter = count > 1 ? "[" + index + "/" + count + "] " : "";
        out.println("  " + counter + file.shown() + "  " + file.size());
        if (index == count || index % 10 == 0) {
            out.flush();
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    /**
     * One file's rendering, which either runs to its end or, once another file has failed, never starts: so that when
     * a run fails, every file is whole or absent, and no temporary file is left behind by a render cut short.
     */
    private static final class Task {
        private static final int PENDING = 0;
        private static final int RUNNING = 1;
        private static final int SKIPPED = 2;

        private final PlannedFile file;
        private final AtomicInteger state = new AtomicInteger();
        private final CompletableFuture<Void> ended = new CompletableFuture<>();

        Task(PlannedFile file) {
            this.file = file;
        }

        WrittenFile run() {
            if (!state.compareAndSet(PENDING, RUNNING)) {
                throw new CancellationException("not started: another file failed");
            }
            try {
                return new WrittenFile(file.target(), file.shown(), AtomicFile.write(file.target(), file.content()));
            } finally {
                ended.complete(null);
            }
        }

        /** Stops the task if it has not started, or waits until it has ended if it has. */
        void finishOrSkip() {
            if (state.compareAndSet(PENDING, SKIPPED)) {
                return;
            }
            boolean interrupted = false;
            while (true) {
                try {
                    ended.get();
                    break;
                } catch (ExecutionException e) {
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Daemon threads with readable names, so a stuck render never keeps the JVM alive and a dump says what it is. */
    private static final class RenderThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "maca-render-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
