package dev.maca.report.forms;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Runs veraPDF over a document and lists the rules it fails, so a test can show them when it fails. */
final class Conformance {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Conformance() {}

    /** The failed rules of {@code flavour} ("ua1", "2b"), one line each; empty when the document conforms. */
    static List<String> failures(byte[] pdf, String flavour) throws Exception {
        PDFAFlavour pdfaFlavour = PDFAFlavour.fromString(flavour);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), pdfaFlavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(pdfaFlavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                            + " @ " + a.getLocation().getContext())
                    .distinct()
                    .toList();
        }
    }
}
