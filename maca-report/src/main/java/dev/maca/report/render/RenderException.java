package dev.maca.report.render;

/** Thrown when a document cannot be rendered, for a reason other than failing to write output. */
public final class RenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message saying what failed and its cause. */
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with a message saying what failed. */
    public RenderException(String message) {
        super(message);
    }
}
