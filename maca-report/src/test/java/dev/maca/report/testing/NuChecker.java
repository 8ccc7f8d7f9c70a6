package dev.maca.report.testing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs the Nu HTML Checker (the W3C's HTML5 validator, in-process) on rendered HTML and lists its errors and warnings,
 * one line each with the line number, so a failing test says what the checker said and where.
 */
public final class NuChecker {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NuChecker() {}

    /** Every error and warning the checker reports for this UTF-8 HTML document; empty when it has none. */
    public static List<String> problems(byte[] html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setForceHTML(true);
        String report = validator.validate(new ByteArrayInputStream(html));
        List<String> problems = new ArrayList<>();
        for (JsonNode message : JSON.readTree(report).path("messages")) {
            String type = message.path("type").asString();
            String subType = message.path("subType").asString();
            boolean warning = "info".equals(type) && "warning".equals(subType);
            if (!"info".equals(type) || warning) {
                problems.add((warning ? "warning" : type) + " at line "
                        + message.path("lastLine").asInt() + ": "
                        + message.path("message").asString() + " ["
                        + message.path("extract").asString() + "]");
            }
        }
        return problems;
    }
}
