package dev.maca.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A font face")
class FontFaceTest {

    @Test
    @DisplayName("makes its AWT font once, however many renderings ask for it at the same moment")
    void awtFontMadeOnce() throws Exception {
        FontFace face = FontFace.fromClasspath("liberation/LiberationSans-Regular.ttf");
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Font>> fonts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                fonts.add(pool.submit(() -> {
                    start.await();
                    return face.awtFont();
                }));
            }
            start.countDown();
            Font first = fonts.get(0).get();
            for (Future<Font> font : fonts) {
                assertThat(font.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
