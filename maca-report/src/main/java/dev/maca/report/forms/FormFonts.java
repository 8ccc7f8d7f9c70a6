package dev.maca.report.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The Liberation Sans font files the forms embed, read from the class path once and shared by every thread. */
final class FormFonts {
    private FormFonts() {}

    /** A fresh stream over the regular face. */
    static InputStream regular() {
        return new ByteArrayInputStream(Holder.REGULAR);
    }

    /** A fresh stream over the bold face. */
    static InputStream bold() {
        return new ByteArrayInputStream(Holder.BOLD);
    }

    /** Initialised on first use by the class loader, which makes the one-time read thread-safe. */
    private static final class Holder {
        static final byte[] REGULAR = read("liberation/LiberationSans-Regular.ttf");
        static final byte[] BOLD = read("liberation/LiberationSans-Bold.ttf");

        private Holder() {}

        private static byte[] read(String resource) {
            try (InputStream in = FormFonts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font " + resource
                            + " is not on the class path; add com.github.librepdf:openpdf-fonts-extra");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + resource, e);
            }
        }
    }
}
