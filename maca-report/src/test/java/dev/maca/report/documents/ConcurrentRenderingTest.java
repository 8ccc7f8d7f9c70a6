package dev.maca.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rendering is stateless: many threads rendering the same audit at once get the bytes one thread gets alone. */
@DisplayName("Rendering the same audit from many threads")
class ConcurrentRenderingTest {
    private static final int THREADS = 8;
    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    /** Renders on {@link #THREADS} threads released together and returns every result. */
    private static List<byte[]> renderAtOnce(Supplier<byte[]> render) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<byte[]>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Callable<byte[]> task = () -> {
                start.await();
                return render.get();
            };
            futures.add(pool.submit(task));
        }
        start.countDown();
        List<byte[]> results = new ArrayList<>();
        for (Future<byte[]> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    @Test
    @DisplayName("the Business Group report comes out byte for byte the same on every thread")
    void reportIsIdentical() throws Exception {
        AnalysedAudit analysed = DocumentFixtures.analysed();
        byte[] alone = BusinessGroupReport.of(analysed).toPdf();

        assertThat(renderAtOnce(() -> BusinessGroupReport.of(analysed).toPdf()))
                .hasSize(THREADS)
                .allSatisfy(bytes -> assertThat(bytes).isEqualTo(alone));
    }

    @Test
    @DisplayName("every learning brief and the seminar pack come out the same on every thread")
    void briefsAndPackAreIdentical() throws Exception {
        AnalysedAudit analysed = BriefFixtures.analysed();
        Supplier<byte[]> everything = () -> {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            for (LearningBrief brief : LearningBriefs.of(analysed).all()) {
                all.writeBytes(brief.toPdf());
            }
            all.writeBytes(SeminarPack.of(analysed).toPdf());
            return all.toByteArray();
        };
        byte[] alone = everything.get();

        assertThat(renderAtOnce(everything))
                .allSatisfy(bytes -> assertThat(bytes).isEqualTo(alone));
    }
}
