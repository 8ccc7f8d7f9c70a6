package dev.maca.agency.plugins;

import dev.maca.spi.Question;
import dev.maca.spi.QuestionBank;
import dev.maca.spi.ResponseType;
import java.util.ArrayList;
import java.util.List;

/** Question banks for the test plugins, valid and broken. */
public final class Banks {
    private Banks() {}

    /** A valid two-question bank whose ids start with {@code prefix}. */
    public static QuestionBank valid(String prefix) {
        return new QuestionBank(List.of(
                new Question(
                        prefix + "-fathers-seen",
                        "Was the birth father seen?",
                        "Look for a record of a visit or meeting with the father.",
                        ResponseType.EVIDENCED,
                        true,
                        List.of("fathers-and-males")),
                new Question(
                        prefix + "-covid-contact",
                        "How were contacts made during the 2020 restrictions?",
                        "Count face-to-face and virtual contacts in the record.",
                        ResponseType.CONTACT_MODE,
                        true,
                        List.of("covid-19"))));
    }

    /** A bank with blank guidance, a duplicate id and a question without themes. */
    public static QuestionBank broken() {
        return new QuestionBank(List.of(
                new Question("broken-one", "Question one?", " ", ResponseType.EVIDENCED, true, List.of("covid-19")),
                new Question("broken-one", "Question two?", "Guidance.", ResponseType.FREE_TEXT, true, List.of()),
                new Question(
                        "core-sneaky",
                        "Question three?",
                        "Guidance.",
                        ResponseType.GRADED,
                        true,
                        List.of("Covid 19"))));
    }

    /** A valid bank of {@code size} questions. */
    public static QuestionBank huge(int size) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            questions.add(new Question(
                    "huge-" + i,
                    "Question " + i + "?",
                    "Guidance.",
                    ResponseType.FREE_TEXT,
                    false,
                    List.of("covid-19")));
        }
        return new QuestionBank(questions);
    }

    /** Throws, as a bank that fails to load would. */
    public static QuestionBank explode() {
        throw new IllegalStateException("bank.json is missing");
    }
}
