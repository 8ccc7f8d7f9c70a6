package dev.maca.analysis;

import dev.maca.audit.Audit;
import dev.maca.panel.ConcernSource;
import dev.maca.panel.ImmediateConcern;
import dev.maca.panel.PanelGrade;
import dev.maca.panel.PanelReview;
import dev.maca.returns.AuditReturn;
import dev.maca.returns.Judgement;
import dev.maca.scope.AgencyRequirement;
import dev.maca.scope.GradingScale;
import dev.maca.scope.Objective;
import dev.maca.tool.AuditTool;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The panel part of one analysis run ({@link PanelAnalysis}): indexes the panel reviews once by family position, reads
 * each family's grade per objective once into a table of ranks, and builds the distributions, the grid and the
 * moderation comparison from that table and the counted returns; the shared measures are {@link MeasureRun}'s.
 *
 * <p>Cost is linear: one visit per review, per family and objective, and per counted return and objective (the same
 * visits the agencies' own judgements already take); no scan of the reviews or returns per family.
 */
final class PanelRun {
    /** A family with no panel grade for the objective: no review, or no grade in it. */
    private static final int NO_GRADE = -1;
    /** The panel found the objective not applicable to the family. */
    private static final int NOT_APPLICABLE = -2;
    /** The panel's grade is not on the scale. */
    private static final int OFF_SCALE = -3;

    private final Audit audit;
    private final Map<String, AuditTool> tools;
    private final CountedReturns counted;
    private final GradingScale scale;
    private final Map<String, Integer> ranks;
    private final int expectedRank;
    private final List<Objective> objectives = new ArrayList<>();
    private final int families;

    private PanelRun(
            Audit audit,
            Map<String, AuditTool> tools,
            CountedReturns counted,
            Map<String, Integer> ranks,
            int expectedRank) {
        this.audit = audit;
        this.tools = tools;
        this.counted = counted;
        this.scale = audit.scope().gradingScale();
        this.ranks = ranks;
        this.expectedRank = expectedRank;
        this.families = counted.cases().size();
        // First of each id only, as for the agencies' judgements: a repeated objective is a validation error.
        Set<String> seen = new HashSet<>();
        for (Objective objective : audit.scope().objectives()) {
            if (seen.add(objective.id())) {
                objectives.add(objective);
            }
        }
    }

    /**
     * The panel's figures.
     *
     * @param ranks each grade's position on the scale, best first, by grade id
     * @param expectedRank the position of the scale's expected standard
     */
    static PanelAnalysis run(
            Audit audit,
            Map<String, AuditTool> tools,
            CountedReturns counted,
            Map<String, Integer> ranks,
            int expectedRank) {
        return new PanelRun(audit, tools, counted, ranks, expectedRank).run();
    }

    private PanelAnalysis run() {
        PanelReview[] reviews = new PanelReview[families];
        List<String> ignored = new ArrayList<>();
        for (PanelReview review : audit.panelReviews()) {
            Integer c = counted.caseIndex().get(review.caseId());
            if (c == null || reviews[c] != null) {
                ignored.add(review.caseId());
            } else {
                reviews[c] = review;
            }
        }
        List<String> reviewed = new ArrayList<>();
        for (int c = 0; c < families; c++) {
            if (reviews[c] != null) {
                reviewed.add(caseId(c));
            }
        }

        // The panel's grade of every family for every objective, as a rank or one of the codes above.
        int[][] panelRanks = new int[objectives.size()][families];
        for (int o = 0; o < objectives.size(); o++) {
            String objectiveId = objectives.get(o).id();
            for (int c = 0; c < families; c++) {
                panelRanks[o][c] =
                        reviews[c] == null ? NO_GRADE : code(reviews[c].grades().get(objectiveId));
            }
        }

        List<ObjectivePanelGrades> distributions = new ArrayList<>(objectives.size());
        for (int o = 0; o < objectives.size(); o++) {
            distributions.add(distribution(objectives.get(o), panelRanks[o]));
        }
        return new PanelAnalysis(
                counted.cases(),
                FamilyCount.of(reviewed, families),
                distributions,
                grid(reviews, panelRanks),
                MeasureRun.run(tools, counted),
                moderation(panelRanks),
                concerns(),
                ignored);
    }

    private int code(PanelGrade grade) {
        if (grade == null) {
            return NO_GRADE;
        }
        if (grade.isNotApplicable()) {
            return NOT_APPLICABLE;
        }
        Integer rank = ranks.get(grade.grade());
        return rank == null ? OFF_SCALE : rank;
    }

    private ObjectivePanelGrades distribution(Objective objective, int[] panelRanks) {
        int grades = scale.grades().size();
        List<List<String>> byRank = new ArrayList<>(grades);
        for (int g = 0; g < grades; g++) {
            byRank.add(new ArrayList<>());
        }
        List<String> notApplicable = new ArrayList<>();
        List<String> notGraded = new ArrayList<>();
        List<String> offScale = new ArrayList<>();
        List<String> atOrAbove = new ArrayList<>();
        List<String> below = new ArrayList<>();
        for (int c = 0; c < families; c++) {
            int rank = panelRanks[c];
            String id = caseId(c);
            switch (rank) {
                case NOT_APPLICABLE -> notApplicable.add(id);
                case NO_GRADE -> notGraded.add(id);
                case OFF_SCALE -> {
                    notGraded.add(id);
                    offScale.add(id);
                }
                default -> {
                    byRank.get(rank).add(id);
                    (rank <= expectedRank ? atOrAbove : below).add(id);
                }
            }
        }
        List<GradeCount> counts = new ArrayList<>(grades);
        for (int g = 0; g < grades; g++) {
            counts.add(new GradeCount(scale.grades().get(g), FamilyCount.of(byRank.get(g), families)));
        }
        return new ObjectivePanelGrades(
                objective,
                counts,
                FamilyCount.of(notApplicable, families),
                FamilyCount.of(notGraded, families),
                FamilyCount.of(offScale, families),
                FamilyCount.of(atOrAbove, families),
                FamilyCount.of(below, families));
    }

    private List<FamilyGrades> grid(PanelReview[] reviews, int[][] panelRanks) {
        // Cells are immutable, so one instance per objective and state serves every family.
        int grades = scale.grades().size();
        PanelCell[][] graded = new PanelCell[objectives.size()][grades];
        PanelCell[] notApplicable = new PanelCell[objectives.size()];
        PanelCell[] notGraded = new PanelCell[objectives.size()];
        for (int o = 0; o < objectives.size(); o++) {
            String id = objectives.get(o).id();
            for (int g = 0; g < grades; g++) {
                graded[o][g] = PanelCell.graded(id, scale.grades().get(g));
            }
            notApplicable[o] = PanelCell.notApplicable(id);
            notGraded[o] = PanelCell.notGraded(id);
        }
        List<FamilyGrades> rows = new ArrayList<>(families);
        for (int c = 0; c < families; c++) {
            List<PanelCell> cells = new ArrayList<>(objectives.size());
            for (int o = 0; o < objectives.size(); o++) {
                int rank = panelRanks[o][c];
                cells.add(rank >= 0 ? graded[o][rank] : rank == NOT_APPLICABLE ? notApplicable[o] : notGraded[o]);
            }
            rows.add(new FamilyGrades(counted.cases().get(c), reviews[c] != null, cells));
        }
        return rows;
    }

    private List<ModerationComparison> moderation(int[][] panelRanks) {
        List<AgencyRequirement> agencies = counted.agencies();
        AuditReturn[][] grid = counted.grid();
        List<ModerationComparison> comparisons = new ArrayList<>();
        for (int o = 0; o < objectives.size(); o++) {
            String objectiveId = objectives.get(o).id();
            List<List<ModeratedGrade>> byAgency = new ArrayList<>(agencies.size());
            for (int a = 0; a < agencies.size(); a++) {
                byAgency.add(new ArrayList<>());
            }
            for (int c = 0; c < families; c++) {
                int panelRank = panelRanks[o][c];
                if (panelRank < 0) {
                    continue;
                }
                for (int a = 0; a < agencies.size(); a++) {
                    AuditReturn r = grid[c][a];
                    Judgement own = r == null ? null : r.objectiveJudgements().get(objectiveId);
                    Integer ownRank = own == null || own.isNotApplicable() ? null : ranks.get(own.grade());
                    if (ownRank != null) {
                        byAgency.get(a)
                                .add(new ModeratedGrade(
                                        counted.cases().get(c),
                                        scale.grades().get(ownRank),
                                        scale.grades().get(panelRank),
                                        panelRank - ownRank,
                                        counted.ref(c, a)));
                    }
                }
            }
            for (int a = 0; a < agencies.size(); a++) {
                if (!byAgency.get(a).isEmpty()) {
                    comparisons.add(ModerationComparison.of(objectives.get(o), agencies.get(a), byAgency.get(a)));
                }
            }
        }
        return comparisons;
    }

    private ConcernSummary concerns() {
        boolean[] any = new boolean[families];
        boolean[] anyOpen = new boolean[families];
        Map<ConcernSource, Integer> bySource = new EnumMap<>(ConcernSource.class);
        for (ConcernSource source : ConcernSource.values()) {
            bySource.put(source, 0);
        }
        List<String> ids = new ArrayList<>();
        List<String> openIds = new ArrayList<>();
        for (ImmediateConcern concern : audit.immediateConcerns()) {
            ids.add(concern.id());
            bySource.merge(concern.source(), 1, Integer::sum);
            Integer c = counted.caseIndex().get(concern.caseId());
            if (c != null) {
                any[c] = true;
            }
            if (concern.isOpen()) {
                openIds.add(concern.id());
                if (c != null) {
                    anyOpen[c] = true;
                }
            }
        }
        List<String> withAny = new ArrayList<>();
        List<String> withOpen = new ArrayList<>();
        List<ReturnRef> raised = new ArrayList<>();
        AuditReturn[][] grid = counted.grid();
        for (int c = 0; c < families; c++) {
            if (any[c]) {
                withAny.add(caseId(c));
            }
            if (anyOpen[c]) {
                withOpen.add(caseId(c));
            }
            for (int a = 0; a < grid[c].length; a++) {
                if (grid[c][a] != null && grid[c][a].raisesActionNow()) {
                    raised.add(counted.ref(c, a));
                }
            }
        }
        return new ConcernSummary(
                ids.size(),
                openIds.size(),
                ids.size() - openIds.size(),
                FamilyCount.of(withAny, families),
                FamilyCount.of(withOpen, families),
                bySource,
                ids,
                openIds,
                raised);
    }

    private String caseId(int c) {
        return counted.cases().get(c).id();
    }
}
