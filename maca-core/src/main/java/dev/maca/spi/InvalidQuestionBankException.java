package dev.maca.spi;

/**
 * Thrown when an agency's question bank resource cannot be loaded: the resource is missing, is not valid JSON, or does
 * not follow the bank format; the message names the resource, the class it was loaded for, what is wrong and the fix.
 */
public class InvalidQuestionBankException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message saying what is wrong and how to fix it. */
    public InvalidQuestionBankException(String message) {
        super(message);
    }

    /** An exception with a message saying what is wrong and how to fix it, and the underlying cause. */
    public InvalidQuestionBankException(String message, Throwable cause) {
        super(message, cause);
    }
}
