package dev.maca.report.forms;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a MACA form is for: an agency's audit tool for one family, or the panel's record of its review of one family.
 * A form carries its kind in its identity, so an importer can tell the two apart and refuse the one it is not for.
 */
public enum FormKind {
    /** An agency's audit tool, completed by the agency's auditor; imports as an {@code AuditReturn}. */
    AUDIT_TOOL("audit-tool", "audit-tool form"),
    /** The multi-agency panel's record of one family; imports as a {@code PanelReview}. */
    PANEL_RECORD("panel-record", "panel record form");

    private final String id;
    private final String label;

    FormKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The kind as the form's identity field holds it, e.g. {@code panel-record}. */
    public String id() {
        return id;
    }

    /** The kind in words, e.g. "panel record form". */
    public String label() {
        return label;
    }

    /**
     * The kind of a completed MACA form, read from its identity (a form without a kind field is an audit-tool form, as
     * MACA 0.1 made them), so a host can hand each form to its importer.
     *
     * @param pdf the form's bytes; never null
     * @param fileName the name to give in problems
     * @throws FormImportException when the bytes are not a readable PDF form, or the kind field names no kind
     */
    public static FormKind of(byte[] pdf, String fileName) {
        java.util.Objects.requireNonNull(pdf, "pdf is required but was null");
        java.util.Objects.requireNonNull(fileName, "fileName is required but was null");
        return FilledForm.read(pdf, fileName).kind();
    }

    /** The kind with this id. */
    public static Optional<FormKind> ofId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
