package dev.maca.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs the Nu HTML Checker (the W3C's HTML5 validator, in-process) on a written HTML file and lists its errors and
 * warnings, one line each with the line number, so a failing test says what the checker said and where.
 */
final class NuChecker {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NuChecker() {}

    /** Every error and warning the checker reports for this HTML file; empty when it has none. */
    static List<String> problems(Path html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setForceHTML(true);
        String report = validator.validate(html);
        List<String> problems = new ArrayList<>();
        for (JsonNode message : JSON.readTree(report).path("messages")) {
            String type = message.path("type").asString();
            boolean warning = "info".equals(type)
                    && "warning".equals(message.path("subType").asString());
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
