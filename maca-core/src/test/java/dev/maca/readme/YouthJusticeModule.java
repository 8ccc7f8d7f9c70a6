package dev.maca.readme;

import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;
import dev.maca.spi.QuestionBanks;
import java.util.Optional;

/** The plugin of the README's "Writing an agency plugin" walk-through, kept here so the guide cannot rot. */
public final class YouthJusticeModule implements AgencyModule {
    private final QuestionBank bank = QuestionBanks.fromResource(YouthJusticeModule.class, "question-bank.json");

    @Override
    public String id() {
        return "youth-justice";
    }

    @Override
    public String name() {
        return "Youth Justice Service";
    }

    @Override
    public Optional<String> description() {
        return Optional.of("Statutory youth justice work with children who offend and their families.");
    }

    @Override
    public QuestionBank questionBank() {
        return bank;
    }
}
