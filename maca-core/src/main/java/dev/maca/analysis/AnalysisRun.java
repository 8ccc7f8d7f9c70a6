package dev.maca.analysis;

import dev.maca.audit.Audit;
import dev.maca.cohort.AgencyInvolvement;
import dev.maca.cohort.CaseRecord;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.Judgement;
import dev.maca.returns.ReturnStatus;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.AuditScope;
import dev.maca.scope.Grade;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Objective;
import dev.maca.scope.Themes;
import dev.maca.tool.AuditTool;
import dev.maca.tool.ToolQuestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass of {@link AuditAnalysis#of}: indexes the returns once into a case × agency grid, then walks the cohort in
 * order, each case's required agencies in the scope's order.
 *
 * <p>Cost is linear in the returns: each return is visited once; each judgement is counted once per objective (and
 * once for the overall judgement) and each answer once, in its question's counter, found through a map built once from
 * the tools. The figures for agencies, objectives and themes are then sums of question counters, whose number does not
 * grow with the cohort. Sources are bit sets over return ordinals ({@link SourceList}), so they come out in cohort then
 * agency order without sorting, each return once. The panel's figures ({@link PanelRun}) reuse the same grid.
 */
final class AnalysisRun {
    private final Audit audit;
    private final Map<String, AuditTool> tools;
    private final AuditScope scope;
    private final GradingScale scale;
    private final List<AgencyRequirement> agencies;
    private final List<CaseRecord> cohort;

    private AnalysisRun(Audit audit, Map<String, AuditTool> tools) {
        this.audit = audit;
        this.tools = tools;
        this.scope = audit.scope();
        this.scale = scope.gradingScale();
        this.cohort = audit.cohort().cohort();
        // First of each id only: a repeated agency or case is a validation error and is analysed once.
        Map<String, AgencyRequirement> agencyById = new LinkedHashMap<>();
        scope.agencies().forEach(a -> agencyById.putIfAbsent(a.id(), a));
        this.agencies = List.copyOf(agencyById.values());
    }

    static AuditAnalysis run(Audit audit, Map<String, AuditTool> tools) {
        return new AnalysisRun(audit, tools).run();
    }

    private AuditAnalysis run() {
        Map<String, Integer> ranks = new HashMap<>();
        for (int r = 0; r < scale.grades().size(); r++) {
            ranks.putIfAbsent(scale.grades().get(r).id(), r);
        }
        Integer expectedRank = ranks.get(scale.expectedStandard());
        if (expectedRank == null) {
            throw new IllegalArgumentException("the " + scale.name() + "'s expected standard '"
                    + scale.expectedStandard() + "' is not one of its grades "
                    + scale.grades().stream().map(Grade::id).toList()
                    + ", so no case can be judged of concern; set expectedStandard to one of them");
        }

        // Index: cases and agencies by position, returns in a case × agency grid.
        Map<String, Integer> caseIndex = new HashMap<>();
        List<CaseRecord> cases = new ArrayList<>();
        for (CaseRecord record : cohort) {
            if (caseIndex.putIfAbsent(record.id(), cases.size()) == null) {
                cases.add(record);
            }
        }
        Map<String, Integer> agencyIndex = new HashMap<>();
        for (int a = 0; a < agencies.size(); a++) {
            agencyIndex.put(agencies.get(a).id(), a);
        }
        AuditReturn[][] grid = new AuditReturn[cases.size()][agencies.size()];
        List<IgnoredReturn> ignored = new ArrayList<>();
        for (AuditReturn r : audit.returns()) {
            Integer c = caseIndex.get(r.caseId());
            Integer a = agencyIndex.get(r.agencyId());
            ReturnRef ref = new ReturnRef(r.caseId(), r.agencyId());
            if (c == null) {
                ignored.add(new IgnoredReturn(ref, IgnoredReturn.Reason.CASE_NOT_IN_COHORT));
            } else if (a == null) {
                ignored.add(new IgnoredReturn(ref, IgnoredReturn.Reason.AGENCY_NOT_IN_SCOPE));
            } else if (grid[c][a] != null) {
                ignored.add(new IgnoredReturn(ref, IgnoredReturn.Reason.DUPLICATE));
            } else {
                grid[c][a] = r;
            }
        }

        // One reference per cell, shared by every figure: ordinal = case position * agencies + agency position.
        int agencyCount = agencies.size();
        ReturnRef[] table = new ReturnRef[cases.size() * agencyCount];
        for (int c = 0; c < cases.size(); c++) {
            for (int a = 0; a < agencyCount; a++) {
                table[c * agencyCount + a] =
                        new ReturnRef(cases.get(c).id(), agencies.get(a).id());
            }
        }

        // Groups of questions: one per objective, one per theme.
        List<Objective> objectives = scope.objectives();
        Map<String, AnswerGroup> objectiveGroups = new LinkedHashMap<>();
        for (Objective objective : objectives) {
            objectiveGroups.putIfAbsent(objective.id(), new AnswerGroup(agencies, table));
        }
        Map<String, AnswerGroup> themeGroups = new LinkedHashMap<>();
        for (String theme : Themes.WELL_KNOWN) {
            themeGroups.put(theme, new AnswerGroup(agencies, table));
        }
        List<Map<String, QuestionSlot>> slots = new ArrayList<>(agencies.size());
        List<String> withoutTool = new ArrayList<>();
        for (int a = 0; a < agencies.size(); a++) {
            AuditTool tool = tools.get(agencies.get(a).id());
            Map<String, QuestionSlot> agencySlots = new HashMap<>();
            slots.add(agencySlots);
            if (tool == null) {
                withoutTool.add(agencies.get(a).id());
                continue;
            }
            List<ToolQuestion> asked = new ArrayList<>(tool.questions());
            asked.addAll(tool.coreQuestions());
            for (ToolQuestion tq : asked) {
                if (!QuestionSlot.isCounted(tq.question()) || agencySlots.containsKey(tq.id())) {
                    continue;
                }
                QuestionSlot slot = new QuestionSlot(a, agencies.get(a), tq.question(), table);
                agencySlots.put(tq.id(), slot);
                for (String objectiveId : tq.objectiveIds()) {
                    AnswerGroup group = objectiveGroups.get(objectiveId);
                    if (group != null) {
                        group.include(slot);
                    }
                }
                for (String theme : tq.question().themes()) {
                    themeGroups
                            .computeIfAbsent(theme, t -> new AnswerGroup(agencies, table))
                            .include(slot);
                }
            }
        }

        Map<String, JudgementCollector> objectiveJudgements = new LinkedHashMap<>();
        for (Objective objective : objectives) {
            objectiveJudgements.putIfAbsent(
                    objective.id(), new JudgementCollector(scale, ranks, expectedRank, agencies, table));
        }
        List<Map.Entry<String, JudgementCollector>> judged = List.copyOf(objectiveJudgements.entrySet());
        JudgementCollector overall = new JudgementCollector(scale, ranks, expectedRank, agencies, table);

        CompletenessTally total = new CompletenessTally();
        CompletenessTally[] byAgency = new CompletenessTally[agencies.size()];
        for (int a = 0; a < byAgency.length; a++) {
            byAgency[a] = new CompletenessTally();
        }
        List<CaseCompleteness> rows = new ArrayList<>(cases.size());
        List<CaseRef> caseRefs = new ArrayList<>(cases.size());

        // The walk: cohort order, then the scope's agency order.
        for (int c = 0; c < cases.size(); c++) {
            CaseRecord record = cases.get(c);
            CaseRef caseRef = new CaseRef(record.id(), record.pseudonym());
            caseRefs.add(caseRef);
            Set<String> involved = new HashSet<>();
            for (AgencyInvolvement involvement : record.involvements()) {
                involved.add(involvement.agencyId());
            }
            for (Map.Entry<String, JudgementCollector> entry : judged) {
                entry.getValue().startCase(caseRef);
            }
            overall.startCase(caseRef);
            CompletenessTally row = new CompletenessTally();
            List<CompletenessCell> cells = new ArrayList<>(agencies.size());

            for (int a = 0; a < agencies.size(); a++) {
                AuditReturn r = grid[c][a];
                int ordinal = c * agencyCount + a;
                ReturnRef ref = table[ordinal];
                ReturnState state = stateOf(r, involved.contains(ref.agencyId()));
                cells.add(new CompletenessCell(ref, state));
                row.add(state, ref);
                byAgency[a].add(state, ref);
                total.add(state, ref);
                if (r == null) {
                    continue;
                }
                for (Map.Entry<String, JudgementCollector> entry : judged) {
                    Judgement judgement = r.objectiveJudgements().get(entry.getKey());
                    if (judgement != null && !judgement.isNotApplicable()) {
                        entry.getValue().add(a, ordinal, judgement.grade());
                    }
                }
                if (r.overall().isPresent()) {
                    overall.add(a, ordinal, r.overall().get().grade());
                }
                Map<String, QuestionSlot> agencySlots = slots.get(a);
                r.answers().forEach((questionId, answer) -> {
                    QuestionSlot slot = agencySlots.get(questionId);
                    if (slot != null) {
                        slot.accept(answer, ordinal);
                    }
                });
            }

            for (Map.Entry<String, JudgementCollector> entry : judged) {
                entry.getValue().endCase();
            }
            overall.endCase();
            rows.add(new CaseCompleteness(caseRef, cells, row.rate()));
        }

        List<ObjectiveAnalysis> objectiveAnalyses = new ArrayList<>(objectiveJudgements.size());
        Set<String> done = new HashSet<>();
        for (Objective objective : objectives) {
            if (done.add(objective.id())) {
                AnswerGroup group = objectiveGroups.get(objective.id());
                objectiveAnalyses.add(new ObjectiveAnalysis(
                        objective,
                        objectiveJudgements.get(objective.id()).result(),
                        group.evidence(),
                        group.contacts()));
            }
        }
        List<ThemeAnalysis> themes = new ArrayList<>(themeGroups.size());
        themeGroups.forEach((theme, group) -> themes.add(new ThemeAnalysis(theme, group.evidence(), group.contacts())));
        List<AgencyCompleteness> agencyRates = new ArrayList<>(agencies.size());
        for (int a = 0; a < agencies.size(); a++) {
            agencyRates.add(new AgencyCompleteness(agencies.get(a), byAgency[a].rate()));
        }

        CountedReturns counted = new CountedReturns(caseRefs, caseIndex, agencies, grid, table);
        PanelAnalysis panel = PanelRun.run(audit, tools, counted, ranks, expectedRank);

        return new AuditAnalysis(
                scale,
                agencies,
                caseRefs,
                objectiveAnalyses,
                overall.result(),
                new Completeness(agencies, rows, agencyRates, total.rate()),
                themes,
                ignored,
                withoutTool,
                panel);
    }

    private static ReturnState stateOf(AuditReturn r, boolean involved) {
        if (r == null) {
            return involved ? ReturnState.MISSING : ReturnState.NOT_INVOLVED;
        }
        if (!involved) {
            return ReturnState.UNEXPECTED;
        }
        return r.status() == ReturnStatus.COMPLETE ? ReturnState.RETURNED : ReturnState.INCOMPLETE;
    }

    /** The lists behind one {@link CompletenessRate}, filled in walk order. */
    private static final class CompletenessTally {
        private final List<ReturnRef> returned = new ArrayList<>();
        private final List<ReturnRef> incomplete = new ArrayList<>();
        private final List<ReturnRef> missing = new ArrayList<>();
        private final List<ReturnRef> unexpected = new ArrayList<>();

        void add(ReturnState state, ReturnRef ref) {
            switch (state) {
                case RETURNED -> returned.add(ref);
                case INCOMPLETE -> {
                    returned.add(ref);
                    incomplete.add(ref);
                }
                case MISSING -> missing.add(ref);
                case UNEXPECTED -> unexpected.add(ref);
                case NOT_INVOLVED -> {}
            }
        }

        CompletenessRate rate() {
            return new CompletenessRate(returned, incomplete, missing, unexpected);
        }
    }
}
