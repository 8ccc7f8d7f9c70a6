package dev.maca.examples.bench;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF on rendered bytes, so the suite can show both accessible outputs conform before comparing their speed. */
final class Conformance {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Conformance() {}

    /** The distinct failed rules of a flavour ("ua1", "2b"); empty when the file conforms. */
    static List<String> failedRules(byte[] pdf, String flavourName) {
        PDFAFlavour flavour = PDFAFlavour.fromString(flavourName);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber())
                    .distinct()
                    .toList();
        } catch (Exception e) {
            return List.of("veraPDF could not check the file: " + e);
        }
    }

    /** "PDF/UA-1 ✓, PDF/A-2b ✓" or the rules that failed. */
    static String summary(byte[] pdf) {
        return verdict("PDF/UA-1", failedRules(pdf, "ua1")) + ", " + verdict("PDF/A-2b", failedRules(pdf, "2b"));
    }

    private static String verdict(String name, List<String> failed) {
        return failed.isEmpty() ? name + " pass" : name + " FAIL " + failed;
    }
}
