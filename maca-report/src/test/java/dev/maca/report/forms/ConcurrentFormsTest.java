package dev.maca.report.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Generating forms from many threads")
class ConcurrentFormsTest {
    @Test
    @DisplayName("the same form comes out byte for byte the same on eight threads at once")
    void formIsIdentical() throws Exception {
        AuditToolForms forms = AuditToolForms.of(FormFixtures.guarded(), FormFixtures.tools());
        FormIdentity first = forms.forms().get(0);
        byte[] alone = forms.formFor(first.caseId(), first.respondentId());

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return forms.formFor(first.caseId(), first.respondentId());
                }));
            }
            start.countDown();
            for (Future<byte[]> future : futures) {
                assertThat(future.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
