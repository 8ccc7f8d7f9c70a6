package dev.maca.panel;

import static dev.maca.model.Preconditions.list;
import static dev.maca.model.Preconditions.map;
import static dev.maca.model.Preconditions.optional;
import static dev.maca.model.Preconditions.present;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the multi-agency panel agreed about one family of the cohort, having seen every agency's answers side by side:
 * one grade per objective with its rationale (moderating the agencies' own grades where they were far apart), the key
 * learning for the family, a disguised illustration the panel agrees may be quoted, and what the family and the
 * practitioners said.
 *
 * <pre>{@code
 * PanelReview review = PanelReview.builder("family-08", YearMonth.of(2021, 4))
 *         .attendee(PanelAttendee.partnership("Partnership Business Manager (chair)"))
 *         .attendee(PanelAttendee.of("police", "Detective Inspector, Public Protection"))
 *         .grade("fathers-and-males", PanelGrade.of("inadequate", "No agency assessed the new partner ...")
 *                 .moderated("Police checked him; nobody used it ...", "Police agreed its own grade reflected ..."))
 *         .keyLearning("A new partner moving in is a change of risk, not of address.")
 *         .build();
 * }</pre>
 *
 * @param caseId the cohort case reviewed
 * @param met the month the panel met to review the family
 * @param attendees who took part, by agency and role
 * @param grades the agreed grade per objective, by objective id, in the scope's order
 * @param keyLearning the key learning from the family's case (required for a final report)
 * @param illustration a disguised case illustration the panel agrees may be quoted in the report and briefs
 * @param illustrationObjective the objective whose findings the illustration belongs under, when the panel says
 * @param familyVoice whether and how the family was heard (empty until recorded)
 * @param practitionerVoice what the practitioners said (empty until recorded)
 */
public record PanelReview(
        String caseId,
        YearMonth met,
        List<PanelAttendee> attendees,
        Map<String, PanelGrade> grades,
        String keyLearning,
        Optional<String> illustration,
        Optional<String> illustrationObjective,
        Optional<FamilyVoice> familyVoice,
        Optional<PractitionerVoice> practitionerVoice) {
    public PanelReview {
        present(caseId, "panel review caseId");
        present(met, "panel review met");
        attendees = list(attendees, "panel review attendees");
        grades = map(grades, "panel review grades");
        present(keyLearning, "panel review keyLearning");
        illustration = optional(illustration);
        illustrationObjective = optional(illustrationObjective);
        familyVoice = optional(familyVoice);
        practitionerVoice = optional(practitionerVoice);
    }

    /** A review whose illustration, if any, names no objective (as every review did before it could). */
    public PanelReview(
            String caseId,
            YearMonth met,
            List<PanelAttendee> attendees,
            Map<String, PanelGrade> grades,
            String keyLearning,
            Optional<String> illustration,
            Optional<FamilyVoice> familyVoice,
            Optional<PractitionerVoice> practitionerVoice) {
        this(
                caseId,
                met,
                attendees,
                grades,
                keyLearning,
                illustration,
                Optional.empty(),
                familyVoice,
                practitionerVoice);
    }

    /** The panel's grade for an objective, if it gave one. */
    public Optional<PanelGrade> gradeFor(String objectiveId) {
        return Optional.ofNullable(grades.get(objectiveId));
    }

    /** A builder of the review of one family at a panel meeting in {@code met}. */
    public static Builder builder(String caseId, YearMonth met) {
        return new Builder(caseId, met);
    }

    /** A builder holding this review's values, to change some and build another. */
    public Builder toBuilder() {
        Builder builder = new Builder(caseId, met);
        builder.attendees = new java.util.ArrayList<>(attendees);
        builder.grades = new LinkedHashMap<>(grades);
        builder.keyLearning = keyLearning;
        builder.illustration = illustration;
        builder.illustrationObjective = illustrationObjective;
        builder.familyVoice = familyVoice;
        builder.practitionerVoice = practitionerVoice;
        return builder;
    }

    /** Builds a panel review a part at a time; {@link #build()} checks it as the constructor does. */
    public static final class Builder {
        private final String caseId;
        private final YearMonth met;
        private List<PanelAttendee> attendees = new java.util.ArrayList<>();
        private Map<String, PanelGrade> grades = new LinkedHashMap<>();
        private String keyLearning = "";
        private Optional<String> illustration = Optional.empty();
        private Optional<String> illustrationObjective = Optional.empty();
        private Optional<FamilyVoice> familyVoice = Optional.empty();
        private Optional<PractitionerVoice> practitionerVoice = Optional.empty();

        private Builder(String caseId, YearMonth met) {
            this.caseId = caseId;
            this.met = met;
        }

        /** Adds someone who took part. */
        public Builder attendee(PanelAttendee attendee) {
            attendees.add(present(attendee, "attendee"));
            return this;
        }

        /** Sets the agreed grade for an objective, replacing any given before. */
        public Builder grade(String objectiveId, PanelGrade grade) {
            grades.put(present(objectiveId, "objectiveId"), present(grade, "grade"));
            return this;
        }

        /** The key learning from the family's case. */
        public Builder keyLearning(String value) {
            keyLearning = present(value, "keyLearning");
            return this;
        }

        /** A disguised case illustration the panel agrees may be quoted. */
        public Builder illustration(String value) {
            illustration = Optional.of(present(value, "illustration"));
            return this;
        }

        /** A disguised case illustration the panel agrees may be quoted, under the findings of this objective. */
        public Builder illustration(String value, String objectiveId) {
            illustration = Optional.of(present(value, "illustration"));
            illustrationObjective = Optional.of(present(objectiveId, "illustration objective"));
            return this;
        }

        /** Whether and how the family was heard. */
        public Builder familyVoice(FamilyVoice value) {
            familyVoice = Optional.of(present(value, "familyVoice"));
            return this;
        }

        /** What the practitioners said. */
        public Builder practitionerVoice(PractitionerVoice value) {
            practitionerVoice = Optional.of(present(value, "practitionerVoice"));
            return this;
        }

        /** The review. */
        public PanelReview build() {
            return new PanelReview(
                    caseId,
                    met,
                    attendees,
                    grades,
                    keyLearning,
                    illustration,
                    illustrationObjective,
                    familyVoice,
                    practitionerVoice);
        }
    }
}
