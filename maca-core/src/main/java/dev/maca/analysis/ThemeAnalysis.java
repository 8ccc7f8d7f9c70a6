package dev.maca.analysis;

import static dev.maca.model.Preconditions.present;

import dev.maca.scope.Themes;

/**
 * The answers to every question themed with one theme, whichever objectives they serve: how the Covid-19 period
 * changed contact ({@link Themes#COVID_19}), whether learning from previous reviews is embedded
 * ({@link Themes#LEARNING_FROM_REVIEWS}), and so on.
 *
 * <pre>{@code
 * ContactPattern covid = analysis.covid().contacts().overall();
 * covid.count(ContactMode.VIRTUAL);                  // virtual-only contact, all agencies
 * analysis.learningFromReviews().evidence().byAgency(); // Yes/Partly/No/N-A by agency
 * }</pre>
 *
 * @param theme the theme id
 * @param evidence answers to the evidenced questions with this theme, from the tools' bank and core questions
 * @param contacts answers to the contact-mode questions with this theme
 */
public record ThemeAnalysis(
        String theme, AnswerAnalysis<EvidenceRates> evidence, AnswerAnalysis<ContactPattern> contacts) {
    public ThemeAnalysis {
        present(theme, "theme analysis theme");
        present(evidence, "theme analysis evidence");
        present(contacts, "theme analysis contacts");
    }
}
