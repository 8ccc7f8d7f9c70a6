package dev.maca.validation;

/** How serious a problem is: errors stop rendering, warnings are reported. */
public enum Severity {
    /** The audit cannot be used as it is. */
    ERROR,
    /** The audit can be used, but someone should look. */
    WARNING
}
