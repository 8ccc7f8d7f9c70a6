package dev.maca.report.documents;

import dev.maca.report.document.Document;
import dev.maca.report.pdf.PdfRenderer;
import java.time.OffsetDateTime;

/**
 * The feedback to one agency from a multi-agency case audit (see {@link AgencyFeedbacks}), as a document model, a
 * tagged PDF (PDF/UA-1, PDF/A-2b) or one accessible HTML page, always marked OFFICIAL-SENSITIVE.
 */
public final class AgencyFeedback implements RenderedDocument {
    private final String agencyId;
    private final AgencyFeedbackWriter writer;
    private final OffsetDateTime created;
    private final PdfRenderer renderer;

    AgencyFeedback(String agencyId, AgencyFeedbackWriter writer, OffsetDateTime created, PdfRenderer renderer) {
        this.agencyId = agencyId;
        this.writer = writer;
        this.created = created;
        this.renderer = renderer;
    }

    /** The id of the agency the feedback is for. */
    public String agencyId() {
        return agencyId;
    }

    /** The feedback as a document model, to inspect or render. */
    @Override
    public Document toDocument() {
        return writer.build(agencyId, created);
    }

    @Override
    public PdfRenderer pdfRenderer() {
        return renderer;
    }
}
