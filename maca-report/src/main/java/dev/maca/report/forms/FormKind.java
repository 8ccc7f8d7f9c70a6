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

    /** The kind with this id. */
    public static Optional<FormKind> ofId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
