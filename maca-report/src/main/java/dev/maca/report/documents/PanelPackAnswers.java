package dev.maca.report.documents;

import dev.maca.cohort.CaseRecord;
import dev.maca.report.document.Section;
import dev.maca.returns.ActionNow;
import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.Judgement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Objective;
import dev.maca.scope.SharedMeasures;
import dev.maca.spi.Question;
import dev.maca.tool.AuditTool;
import dev.maca.tool.AuditTools;
import dev.maca.tool.ToolQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers part of a {@link PanelPack}: for each objective every agency's judgement and its answers question by
 * question, each question shown once (under the first objective it serves), the questions every audit asks, and each
 * agency's view of the family as a whole.
 */
final class PanelPackAnswers {
    private final AuditScope scope;
    private final Map<String, AuditTool> tools;
    private final AgencyNames names;

    PanelPackAnswers(AuditScope scope, Map<String, AuditTool> tools, AgencyNames names) {
        this.scope = scope;
        this.tools = tools;
        this.names = names;
    }

    /** One section per objective, in the scope's order. */
    List<Section> objectives(Map<String, AuditReturn> byAgency) {
        List<Section> sections = new ArrayList<>();
        List<Objective> objectives = scope.objectives();
        for (int o = 0; o < objectives.size(); o++) {
            Objective objective = objectives.get(o);
            sections.add(Section.of("Objective " + (o + 1) + ": " + objective.title(), s -> {
                s.paragraph(objective.statement());
                s.table(t -> {
                    t.caption("Each agency's own judgement of objective " + objectiveNumber(objective))
                            .header("Agency", "Own grade", "Why")
                            .widths(2.2f, 1.4f, 5)
                            .rowHeaders();
                    byAgency.forEach((agencyId, r) -> r.judgementFor(objective.id())
                            .ifPresent(j -> t.row(names.name(agencyId), grade(j), j.rationale())));
                });
                List<List<String>> rows = new ArrayList<>();
                byAgency.forEach((agencyId, r) -> {
                    AuditTool tool = tools.get(agencyId);
                    if (tool == null) {
                        return;
                    }
                    for (ToolQuestion q : tool.questions()) {
                        if (AuditTools.homeObjective(scope, q)
                                .filter(objective.id()::equals)
                                .isPresent()) {
                            rows.add(row(agencyId, q.question(), r));
                        }
                    }
                });
                answers(s, "The agencies' answers for objective " + objectiveNumber(objective), rows);
            }));
        }
        return sections;
    }

    /** The questions every audit asks whatever its objectives (learning from previous reviews), if any were asked. */
    Optional<Section> standing(Map<String, AuditReturn> byAgency) {
        List<List<String>> rows = new ArrayList<>();
        byAgency.forEach((agencyId, r) -> {
            AuditTool tool = tools.get(agencyId);
            if (tool != null) {
                tool.questions().stream()
                        .filter(q -> q.objectiveIds().isEmpty())
                        .forEach(q -> rows.add(row(agencyId, q.question(), r)));
            }
        });
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Section.of("Learning from previous reviews", s -> {
            s.paragraph("The questions every audit asks, whatever its objectives.");
            answers(s, "The agencies' answers on learning from previous reviews", rows);
        }));
    }

    /** Each agency's answers about the family as a whole: the children, the difference made, and its overall view. */
    Section views(CaseRecord family, Map<String, AuditReturn> byAgency) {
        return Section.of("Each agency's view of the family as a whole", s -> {
            if (byAgency.isEmpty()) {
                s.paragraph("No agency has sent a return for this family yet.");
            }
            byAgency.forEach((agencyId, r) -> {
                s.subheading(names.name(agencyId));
                s.paragraph("Audited by the " + r.auditorRole() + " on " + Timing.day(r.completedOn()) + ". "
                        + independence(r)
                        + (r.recordsExamined().isBlank() ? "" : " Records examined: " + r.recordsExamined()));
                s.table(t -> {
                    t.caption(names.name(agencyId) + ": the family as a whole")
                            .header("Question", "The agency's answer")
                            .widths(2.2f, 5.4f)
                            .rowHeaders();
                    for (String child : family.childrenAskedAbout()) {
                        t.row("Life for " + child, r.livedExperienceOf(child).orElse("Not described"));
                    }
                    if (!r.livedExperience().isBlank()) {
                        t.row("Life for the children", r.livedExperience());
                    }
                    t.row("Difference made", orNot(r.impact()));
                    t.row("Good practice", orNot(r.goodPractice()));
                    t.row("Areas for development", orNot(r.areasForDevelopment()));
                    t.row(
                            "Overall, own grade",
                            r.overall()
                                    .map(j -> grade(j) + ": " + j.rationale())
                                    .orElse("Not given"));
                    t.row(
                            "Action needed now",
                            r.actionNow().map(PanelPackAnswers::actionNow).orElse("Not answered"));
                });
            });
        });
    }

    private void answers(Section.Builder s, String caption, List<List<String>> rows) {
        if (rows.isEmpty()) {
            s.paragraph("No agency involved was asked a question for this objective alone.");
            return;
        }
        s.table(t -> {
            t.caption(caption)
                    .header("Agency", "Question", "Answer", "Evidence")
                    .widths(1.6f, 2.9f, 1.9f, 3.5f);
            rows.forEach(t::row);
        });
    }

    private List<String> row(String agencyId, Question question, AuditReturn r) {
        String text = question.text()
                + question.measure()
                        .map(m -> " (shared measure: "
                                + Figures.lowerFirst(SharedMeasures.of(m).label()) + ")")
                        .orElse("");
        Optional<Answer> answer = r.answer(question.id());
        return List.of(
                names.name(agencyId),
                text,
                answer.map(this::answerLabel).orElse("Not answered"),
                answer.map(PanelPackAnswers::evidence).orElse(""));
    }

    private String answerLabel(Answer answer) {
        if (answer instanceof Answer.Evidenced evidenced) {
            return evidenced.rating().label();
        } else if (answer instanceof Answer.Contact contact) {
            return contact.mode().label();
        } else if (answer instanceof Answer.Graded graded) {
            return grade(graded.judgement());
        }
        return "Written answer";
    }

    private static String evidence(Answer answer) {
        if (answer instanceof Answer.Evidenced evidenced) {
            return evidenced.evidence();
        } else if (answer instanceof Answer.Contact contact) {
            return contact.evidence();
        } else if (answer instanceof Answer.Graded graded) {
            return graded.judgement().rationale();
        } else if (answer instanceof Answer.FreeText text) {
            return text.text();
        }
        return "";
    }

    private String grade(Judgement judgement) {
        return judgement.isNotApplicable()
                ? "Not applicable"
                : scope.gradingScale().label(judgement.grade());
    }

    private int objectiveNumber(Objective objective) {
        return scope.objectives().indexOf(objective) + 1;
    }

    private static String independence(AuditReturn r) {
        return r.independence()
                .map(i -> i.involved()
                        ? "The auditor was involved in the case: " + i.how()
                        : "The auditor had no part in the work with the family.")
                .orElse("The return does not say whether the auditor was involved in the case.");
    }

    private static String actionNow(ActionNow action) {
        if (!action.needed()) {
            return action.whatWasDone().isBlank() ? "No" : "No: " + action.whatWasDone();
        }
        return "Yes: " + action.whatWasDone() + " Told: " + action.whoWasTold()
                + action.raisedOn().map(d -> " (" + Timing.day(d) + ")").orElse("") + ".";
    }

    private static String orNot(String text) {
        return text.isBlank() ? "Not answered" : text;
    }
}
