package dev.maca.examples.cli;

import dev.maca.validation.Problem;
import java.io.PrintWriter;
import java.util.List;

/** Prints problems for people: one line each, {@code path: what is wrong — what to do}, under the file they are in. */
final class Problems {
    private Problems() {}

    /** One problem as one line: {@code /returns/3/status: what is wrong — what to do}; a warning says so first. */
    static String line(Problem problem) {
        String kind = problem.isError() ? "" : "warning: ";
        String where = problem.path().isEmpty() ? "" : problem.path() + ": ";
        return kind + where + problem.message() + " — " + problem.fix();
    }

    /** Prints a heading naming the source and what the problems are, then each problem indented. */
    static void print(PrintWriter err, String source, String what, List<Problem> problems) {
        err.println(source + ": " + count(problems.size(), what));
        for (Problem problem : problems) {
            err.println("  " + line(problem));
        }
        err.flush();
    }

    /** "1 error", "3 errors". */
    static String count(int n, String singular) {
        return n + " " + singular + (n == 1 ? "" : "s");
    }
}
