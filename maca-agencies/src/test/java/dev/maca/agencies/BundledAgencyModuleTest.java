package dev.maca.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maca.agencies.police.PoliceModule;
import dev.maca.agency.AgencyContract;
import dev.maca.spi.InvalidQuestionBankException;
import dev.maca.spi.QuestionBank;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A bundled agency module reads its question bank once")
class BundledAgencyModuleTest {

    /** A module whose package has no question-bank.json. */
    static final class WithoutBank extends BundledAgencyModule {
        WithoutBank() {
            super("without-bank", "Without Bank", "A module with no bank resource.");
        }
    }

    @Test
    @DisplayName("repeated calls return the same bank instance")
    void sameBankEveryCall() {
        PoliceModule module = new PoliceModule();

        assertThat(module.questionBank()).isSameAs(module.questionBank());
    }

    @Test
    @DisplayName("threads asking at the same time all get the same bank instance")
    void sameBankAcrossThreads() throws Exception {
        PoliceModule module = new PoliceModule();
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<QuestionBank>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return module.questionBank();
                }));
            }
            start.countDown();
            QuestionBank first = results.get(0).get(10, TimeUnit.SECONDS);
            for (Future<QuestionBank> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a missing bank resource fails with a message naming the resource and the class")
    void missingBankIsReported() {
        assertThatThrownBy(() -> new WithoutBank().questionBank())
                .isInstanceOf(InvalidQuestionBankException.class)
                .hasMessageContaining(BundledAgencyModule.BANK_RESOURCE)
                .hasMessageContaining(WithoutBank.class.getName());
    }

    @Test
    @DisplayName("a missing bank resource is a contract problem, not a crash")
    void missingBankBreaksTheContract() {
        assertThat(AgencyContract.check(new WithoutBank()))
                .singleElement()
                .satisfies(problem -> assertThat(problem.path()).isEqualTo("questionBank"));
    }

    @Test
    @DisplayName("two instances of a module each hold an equal bank")
    void instancesHoldEqualBanks() {
        assertThat(new PoliceModule().questionBank()).isEqualTo(new PoliceModule().questionBank());
    }
}
