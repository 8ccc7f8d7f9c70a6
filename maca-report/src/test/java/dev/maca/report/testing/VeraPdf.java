package dev.maca.report.testing;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Runs veraPDF on rendered bytes (reports, briefs, forms) and lists the failed rules, so a failing test says which.
 */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {}

    /**
     * The rules of PDF/UA-1 and PDF/UA-2 that name the part of ISO 14289 a file claims: UA-1's 5-2 asks for
     * {@code pdfuaid:part} 1, UA-2's 5-2 for 2 and its 5-5 for {@code pdfuaid:rev} 2024. One XMP property cannot hold
     * both parts, so a file that claims PDF/UA-1 fails these two UA-2 rules and no others need fail.
     */
    public static final List<String> UA2_IDENTIFICATION_RULES = List.of("5-2", "5-5");

    /** The ids ("clause-test") of the failed rules of the given flavour, each once; empty when compliant. */
    public static List<String> failedRuleIds(byte[] pdf, String flavourName) throws Exception {
        return failures(pdf, flavourName).stream()
                .map(failure -> failure.substring(0, failure.indexOf(':')))
                .distinct()
                .collect(Collectors.toList());
    }

    /** The failed PDF/UA-2 rules other than {@link #UA2_IDENTIFICATION_RULES}, one line each. */
    public static List<String> ua2FailuresBesidesIdentification(byte[] pdf) throws Exception {
        return failures(pdf, "ua2").stream()
                .filter(failure -> UA2_IDENTIFICATION_RULES.stream().noneMatch(id -> failure.startsWith(id + ":")))
                .collect(Collectors.toList());
    }

    /** The failed rules of the given flavour ("ua1", "2a", "ua2"), one line each; empty when compliant. */
    public static List<String> failures(byte[] pdf, String flavourName) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.fromString(flavourName);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " @ " + a.getLocation().getContext())
                    .distinct()
                    .collect(Collectors.toList());
        }
    }
}
