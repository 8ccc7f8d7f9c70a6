package dev.maca.report.documents;

import dev.maca.cohort.CaseRecord;
import dev.maca.report.document.Document;
import dev.maca.report.pdf.PdfRenderer;
import java.time.OffsetDateTime;

/**
 * The multi-agency panel's pack for one family (see {@link PanelPacks}), as a document model, a tagged PDF
 * (PDF/UA-1, PDF/A-2a) or one accessible HTML page, always marked OFFICIAL-SENSITIVE.
 */
public final class PanelPack implements RenderedDocument {
    private final CaseRecord family;
    private final PanelPackWriter writer;
    private final OffsetDateTime created;
    private final PdfRenderer renderer;

    PanelPack(CaseRecord family, PanelPackWriter writer, OffsetDateTime created, PdfRenderer renderer) {
        this.family = family;
        this.writer = writer;
        this.created = created;
        this.renderer = renderer;
    }

    /** The id of the family's case. */
    public String caseId() {
        return family.id();
    }

    /** The pack as a document model, to inspect or render. */
    @Override
    public Document toDocument() {
        return writer.build(family, created);
    }

    @Override
    public PdfRenderer pdfRenderer() {
        return renderer;
    }
}
