package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.present;

import dev.maca.scope.SharedMeasure;
import java.util.List;
import java.util.Optional;

/**
 * One shared measure across the cohort, family by family: in how many families any agency's record shows the fact,
 * and in how many no agency's does — "in 9 of 15 families no agency saw the father" — combined from every agency's
 * question that asks it.
 *
 * <p>Every count is of the whole cohort, and the five add up to it. Only the returns the analysis counts are read (cohort
 * families, the scope's agencies, the first return per family and agency), and only evidenced answers to questions of
 * the agency's own tool.
 *
 * <pre>{@code
 * MeasureAnalysis father = analysis.panel().measure("father-seen").orElseThrow();
 * father.measure().label();   // "Father or partner seen and included"
 * father.noAgency();          // "6 of 15 families": answered, and no agency's record shows it
 * father.notAsked();          // families no agency's return answered it for
 * }</pre>
 *
 * @param measure the measure, as {@link dev.maca.scope.SharedMeasures#of(String)} labels it
 * @param questions the questions asking it, in the scope's agency order, then tool order
 * @param families one outcome per cohort family, in cohort order
 * @param anyAgency families where some agency answered Yes
 * @param partly families where the best answer was Partly
 * @param noAgency families where agencies answered and the best answer was No
 * @param notApplicable families where every answer was Not applicable
 * @param notAsked families where no return answered it
 */
public record MeasureAnalysis(
        SharedMeasure measure,
        List<MeasureQuestion> questions,
        List<FamilyMeasure> families,
        FamilyCount anyAgency,
        FamilyCount partly,
        FamilyCount noAgency,
        FamilyCount notApplicable,
        FamilyCount notAsked) {
    public MeasureAnalysis {
        present(measure, "measure analysis measure");
        questions = list(questions, "measure analysis questions");
        families = list(families, "measure analysis families");
        FamilyCount.checkPartition(
                "measure '" + measure.id() + "'",
                families.size(),
                List.of(
                        present(anyAgency, "measure analysis anyAgency"),
                        present(partly, "measure analysis partly"),
                        present(noAgency, "measure analysis noAgency"),
                        present(notApplicable, "measure analysis notApplicable"),
                        present(notAsked, "measure analysis notAsked")));
    }

    /** The measure's id. */
    public String id() {
        return measure.id();
    }

    /** The families with one outcome. */
    public FamilyCount count(MeasureOutcome outcome) {
        return switch (present(outcome, "outcome")) {
            case YES -> anyAgency;
            case PARTLY -> partly;
            case NO -> noAgency;
            case NOT_APPLICABLE -> notApplicable;
            case NOT_ASKED -> notAsked;
        };
    }

    /**
     * One family's outcome.
     *
     * <p>This scans {@link #families()}; a caller looking up many families should walk that list instead, which is in
     * cohort order.
     */
    public Optional<FamilyMeasure> family(String caseId) {
        return families.stream().filter(f -> f.family().id().equals(caseId)).findFirst();
    }
}
