package dev.maca.analysis;

import static dev.maca.model.Preconditions.present;

import dev.maca.scope.Objective;
import java.util.List;

/**
 * The figures for one objective: the agencies' judgements of it, and the answers to the questions that serve it.
 *
 * <pre>{@code
 * ObjectiveAnalysis o = analysis.objective("fathers-and-males").orElseThrow();
 * Proportion good = o.judgements().byCase().atOrAboveExpected();  // "7 of 15 cases (47%) judged Good or better"
 * List<Integer> chart = o.judgements().all().counts();             // with .labels(): the chart's data
 * o.judgements().byAgency();                                       // per-agency table rows
 * o.evidence().questions();                                        // Yes/Partly/No/N-A per question
 * o.casesOfConcern();                                              // by pseudonym, with agencies and grades
 * }</pre>
 *
 * @param objective the objective, as the scope states it
 * @param judgements the agencies' judgements of this objective (from each return's objective judgements)
 * @param evidence answers to the evidenced (Yes/Partly/No/Not applicable) questions that serve it
 * @param contacts answers to the contact-mode questions that serve it
 */
public record ObjectiveAnalysis(
        Objective objective,
        JudgementAnalysis judgements,
        AnswerAnalysis<EvidenceRates> evidence,
        AnswerAnalysis<ContactPattern> contacts) {
    public ObjectiveAnalysis {
        present(objective, "objective analysis objective");
        present(judgements, "objective analysis judgements");
        present(evidence, "objective analysis evidence");
        present(contacts, "objective analysis contacts");
    }

    /** The objective's id. */
    public String id() {
        return objective.id();
    }

    /** The cases of concern for this objective, in cohort order. */
    public List<CaseOfConcern> casesOfConcern() {
        return judgements.casesOfConcern();
    }

    /** The cases whose agencies' judgements of this objective diverge, in cohort order. */
    public List<Divergence> divergences() {
        return judgements.divergences();
    }
}
