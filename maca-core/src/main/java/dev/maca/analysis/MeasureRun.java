package dev.maca.analysis;

import dev.maca.returns.Answer;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.EvidenceRating;
import dev.maca.scope.SharedMeasure;
import dev.maca.scope.SharedMeasures;
import dev.maca.spi.Question;
import dev.maca.spi.ResponseType;
import dev.maca.tool.AuditTool;
import dev.maca.tool.ToolQuestion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shared measures of one analysis run: finds the measures the tools' evidenced questions name, then walks the
 * counted returns once, family by family, keeping each agency's best answer per measure, and combines them per family
 * when the family is done.
 *
 * <p>Cost is linear: each counted return is asked once for each of its agency's questions that name a measure, and
 * each family is combined once per measure.
 */
final class MeasureRun {
    private static final EvidenceRating[] RATINGS = EvidenceRating.values();

    private MeasureRun() {}

    /** One agency's question naming a measure: its id and the measure's position in the first-met order. */
    private record Asked(String questionId, int measure) {}

    static List<MeasureAnalysis> run(Map<String, AuditTool> tools, CountedReturns counted) {
        int agencyCount = counted.agencies().size();
        // Measures in the order first met, with the questions asking each; per agency, its questions naming one.
        Map<String, Integer> firstMet = new LinkedHashMap<>();
        List<List<MeasureQuestion>> questions = new ArrayList<>();
        List<List<Asked>> askedBy = new ArrayList<>(agencyCount);
        for (int a = 0; a < agencyCount; a++) {
            String agencyId = counted.agencies().get(a).id();
            List<Asked> asked = new ArrayList<>();
            askedBy.add(asked);
            AuditTool tool = tools.get(agencyId);
            if (tool == null) {
                continue;
            }
            List<ToolQuestion> all = new ArrayList<>(tool.questions());
            all.addAll(tool.coreQuestions());
            Set<String> seen = new HashSet<>();
            for (ToolQuestion tq : all) {
                Question q = tq.question();
                if (!seen.add(q.id())
                        || q.measure().filter(id -> !id.isBlank()).isEmpty()
                        || q.responseType() != ResponseType.EVIDENCED) {
                    continue;
                }
                int m = firstMet.computeIfAbsent(q.measure().get(), id -> {
                    questions.add(new ArrayList<>());
                    return questions.size() - 1;
                });
                questions.get(m).add(new MeasureQuestion(agencyId, q.id()));
                asked.add(new Asked(q.id(), m));
            }
        }
        int measures = firstMet.size();
        List<String> ids = new ArrayList<>(firstMet.keySet());

        // The walk: per family and measure, the agencies that answered (in scope order) and each one's best rating.
        List<List<FamilyMeasure>> rows = new ArrayList<>(measures);
        for (int m = 0; m < measures; m++) {
            rows.add(new ArrayList<>(counted.cases().size()));
        }
        int[] answering = new int[measures];
        int[][] agencyOf = new int[measures][agencyCount];
        int[][] bestOf = new int[measures][agencyCount];
        AuditReturn[][] grid = counted.grid();
        for (int c = 0; c < counted.cases().size(); c++) {
            for (int a = 0; a < agencyCount; a++) {
                AuditReturn r = grid[c][a];
                if (r == null) {
                    continue;
                }
                for (Asked asked : askedBy.get(a)) {
                    if (!(r.answers().get(asked.questionId()) instanceof Answer.Evidenced evidenced)) {
                        continue;
                    }
                    int m = asked.measure();
                    int rating = evidenced.rating().ordinal();
                    int n = answering[m];
                    if (n > 0 && agencyOf[m][n - 1] == a) {
                        bestOf[m][n - 1] = Math.min(bestOf[m][n - 1], rating);
                    } else {
                        agencyOf[m][n] = a;
                        bestOf[m][n] = rating;
                        answering[m] = n + 1;
                    }
                }
            }
            for (int m = 0; m < measures; m++) {
                rows.get(m).add(combine(counted, c, answering[m], agencyOf[m], bestOf[m]));
                answering[m] = 0;
            }
        }

        List<MeasureAnalysis> result = new ArrayList<>(measures);
        for (int m : order(ids)) {
            result.add(analysis(SharedMeasures.of(ids.get(m)), questions.get(m), rows.get(m)));
        }
        return result;
    }

    /** Positions in {@code ids} with the well-known measures first, in their order, then the rest as met. */
    private static List<Integer> order(List<String> ids) {
        List<Integer> order = new ArrayList<>(ids.size());
        Set<String> wellKnown = new HashSet<>();
        for (SharedMeasure known : SharedMeasures.WELL_KNOWN) {
            wellKnown.add(known.id());
            int at = ids.indexOf(known.id());
            if (at >= 0) {
                order.add(at);
            }
        }
        for (int m = 0; m < ids.size(); m++) {
            if (!wellKnown.contains(ids.get(m))) {
                order.add(m);
            }
        }
        return order;
    }

    private static FamilyMeasure combine(CountedReturns counted, int c, int n, int[] agencyOf, int[] bestOf) {
        CaseRef family = counted.cases().get(c);
        if (n == 0) {
            return new FamilyMeasure(family, MeasureOutcome.NOT_ASKED, List.of(), List.of());
        }
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            best = Math.min(best, bestOf[i]);
        }
        List<ReturnRef> answered = new ArrayList<>(n);
        List<ReturnRef> sources = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ReturnRef ref = counted.ref(c, agencyOf[i]);
            answered.add(ref);
            if (bestOf[i] == best) {
                sources.add(ref);
            }
        }
        return new FamilyMeasure(family, outcome(RATINGS[best]), answered, sources);
    }

    private static MeasureOutcome outcome(EvidenceRating best) {
        return switch (best) {
            case YES -> MeasureOutcome.YES;
            case PARTLY -> MeasureOutcome.PARTLY;
            case NO -> MeasureOutcome.NO;
            case NOT_APPLICABLE -> MeasureOutcome.NOT_APPLICABLE;
        };
    }

    private static MeasureAnalysis analysis(
            SharedMeasure measure, List<MeasureQuestion> questions, List<FamilyMeasure> families) {
        Map<MeasureOutcome, List<String>> byOutcome = new LinkedHashMap<>();
        for (MeasureOutcome outcome : MeasureOutcome.values()) {
            byOutcome.put(outcome, new ArrayList<>());
        }
        for (FamilyMeasure f : families) {
            byOutcome.get(f.outcome()).add(f.family().id());
        }
        int n = families.size();
        return new MeasureAnalysis(
                measure,
                questions,
                families,
                FamilyCount.of(byOutcome.get(MeasureOutcome.YES), n),
                FamilyCount.of(byOutcome.get(MeasureOutcome.PARTLY), n),
                FamilyCount.of(byOutcome.get(MeasureOutcome.NO), n),
                FamilyCount.of(byOutcome.get(MeasureOutcome.NOT_APPLICABLE), n),
                FamilyCount.of(byOutcome.get(MeasureOutcome.NOT_ASKED), n));
    }
}
