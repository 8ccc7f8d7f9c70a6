package dev.maca.returns;

import static dev.maca.model.Preconditions.present;

import dev.maca.spi.ResponseType;

/**
 * An auditor's answer to one question of an audit tool; its kind matches the question's {@link ResponseType}.
 */
public sealed interface Answer permits Answer.Evidenced, Answer.Graded, Answer.FreeText, Answer.Contact {

    /** The response type this answer gives. */
    ResponseType responseType();

    /**
     * Whether the standard is evidenced in the record, with the evidence found.
     *
     * @param rating Yes / Partly / No / Not applicable
     * @param evidence what in the record shows it (may be empty)
     */
    record Evidenced(EvidenceRating rating, String evidence) implements Answer {
        public Evidenced {
            present(rating, "answer rating");
            present(evidence, "answer evidence");
        }

        @Override
        public ResponseType responseType() {
            return ResponseType.EVIDENCED;
        }
    }

    /**
     * A judgement on the audit's grading scale, with its rationale.
     *
     * @param judgement the grade and rationale
     */
    record Graded(Judgement judgement) implements Answer {
        public Graded {
            present(judgement, "answer judgement");
        }

        @Override
        public ResponseType responseType() {
            return ResponseType.GRADED;
        }
    }

    /**
     * A free-text answer.
     *
     * @param text the answer
     */
    record FreeText(String text) implements Answer {
        public FreeText {
            present(text, "answer text");
        }

        @Override
        public ResponseType responseType() {
            return ResponseType.FREE_TEXT;
        }
    }

    /**
     * How contacts were made in a period, with the evidence.
     *
     * @param mode face to face, mixed, virtual or none
     * @param evidence what in the record shows it (may be empty)
     */
    record Contact(ContactMode mode, String evidence) implements Answer {
        public Contact {
            present(mode, "answer mode");
            present(evidence, "answer evidence");
        }

        @Override
        public ResponseType responseType() {
            return ResponseType.CONTACT_MODE;
        }
    }
}
