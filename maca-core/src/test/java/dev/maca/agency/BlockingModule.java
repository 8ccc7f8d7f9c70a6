package dev.maca.agency;

import dev.maca.agency.plugins.Banks;
import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A test module that blocks in one of its methods until {@link #release()}, recording which methods were called, on
 * which thread, and whether it saw an interrupt; it can also be told to ignore interrupts.
 */
final class BlockingModule implements AgencyModule {
    private final String blockIn;
    private final boolean ignoresInterrupts;
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch interruptSeen = new CountDownLatch(1);
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicReference<Thread> thread = new AtomicReference<>();
    private final AtomicBoolean finished = new AtomicBoolean();

    private BlockingModule(String blockIn, boolean ignoresInterrupts) {
        this.blockIn = blockIn;
        this.ignoresInterrupts = ignoresInterrupts;
    }

    /** A module that blocks in {@code method} ("id", "name", "description" or "questionBank") until released. */
    static BlockingModule blockingIn(String method) {
        return new BlockingModule(method, false);
    }

    /** A module that blocks in {@code method} and goes on waiting when interrupted. */
    static BlockingModule ignoringInterruptsIn(String method) {
        return new BlockingModule(method, true);
    }

    /** Lets the blocked method return. */
    void release() {
        release.countDown();
    }

    /** How many of the module's methods were called. */
    int calls() {
        return calls.get();
    }

    /** The thread the blocking method ran on, if it was called. */
    Thread thread() {
        return thread.get();
    }

    /** Whether the blocked method saw an interrupt within a second. */
    boolean sawInterrupt() throws InterruptedException {
        return interruptSeen.await(1, TimeUnit.SECONDS);
    }

    /** Whether the blocked method has returned. */
    boolean finished() {
        return finished.get();
    }

    private void maybeBlock(String method) {
        calls.incrementAndGet();
        if (!method.equals(blockIn)) {
            return;
        }
        thread.set(Thread.currentThread());
        try {
            while (true) {
                try {
                    release.await();
                    return;
                } catch (InterruptedException e) {
                    interruptSeen.countDown();
                    if (!ignoresInterrupts) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        } finally {
            finished.set(true);
        }
    }

    @Override
    public String id() {
        maybeBlock("id");
        return "blocking";
    }

    @Override
    public String name() {
        maybeBlock("name");
        return "Blocking";
    }

    @Override
    public Optional<String> description() {
        maybeBlock("description");
        return Optional.empty();
    }

    @Override
    public QuestionBank questionBank() {
        maybeBlock("questionBank");
        return Banks.valid("blocking");
    }
}
