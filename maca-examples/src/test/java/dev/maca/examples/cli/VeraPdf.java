package dev.maca.examples.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Runs veraPDF on a written file and lists the rules it breaks, so a failing test says which. */
final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {}

    /**
     * The failed PDF/UA-2 rules except 5-2 and 5-5, which ask for {@code pdfuaid:part} 2 and {@code pdfuaid:rev} 2024:
     * a file that claims PDF/UA-1 (part 1) cannot meet them, since the part is one XMP property.
     */
    static List<String> ua2FailuresBesidesIdentification(Path pdf) throws Exception {
        return failures(pdf, "ua2").stream()
                .filter(failure -> !failure.startsWith("5-2:") && !failure.startsWith("5-5:"))
                .toList();
    }

    /** The failed rules of the flavour ("ua1" for PDF/UA-1, "2a" for PDF/A-2a), one line each; empty when it conforms. */
    static List<String> failures(Path pdf, String flavourName) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.fromString(flavourName);
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .toList();
        }
    }
}
