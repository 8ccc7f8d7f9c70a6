package dev.maca.examples.cli;

import dev.maca.agency.AgencyRegistry;
import dev.maca.agency.RegisteredAgency;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code maca agencies}: the agency modules found on the class path, and any that could not be loaded and why. */
@Command(
        name = "agencies",
        mixinStandardHelpOptions = true,
        header = "List the agency modules found, and any that could not be loaded.",
        versionProvider = MacaVersion.class,
        description = {
            "Lists the agency modules found on the class path: id, name, version, jar and number of questions"
                    + " in its bank; then every module that could not be loaded, with its class, jar and fix"
                    + " (and exits 1 if there was one)."
        })
final class AgenciesCommand implements Callable<Integer> {
    @ParentCommand
    private Maca maca;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AgencyRegistry registry = maca.registry();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "NAME", "VERSION", "JAR", "QUESTIONS"});
        for (RegisteredAgency agency : registry.agencies()) {
            rows.add(new String[] {
                agency.id(),
                agency.name(),
                agency.version(),
                jarName(agency.location()),
                String.valueOf(agency.bank().questions().size())
            });
        }
        printTable(out, rows);
        out.println(Problems.count(registry.agencies().size(), "agency module") + " found");
        out.flush();
        if (registry.problems().isEmpty()) {
            return ExitCode.OK;
        }
        Problems.print(spec.commandLine().getErr(), "agency discovery", "problem", registry.problems());
        return ExitCode.INPUT;
    }

    /** The jar's file name from its location (a URL or a module name), or the location itself. */
    static String jarName(String location) {
        String trimmed = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        int slash = trimmed.lastIndexOf('/');
        return slash < 0 ? trimmed : trimmed.substring(slash + 1);
    }

    private static void printTable(PrintWriter out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                boolean last = c == row.length - 1;
                line.append(last ? row[c] : String.format("%-" + widths[c] + "s  ", row[c]));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
