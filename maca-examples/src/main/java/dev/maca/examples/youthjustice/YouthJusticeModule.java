package dev.maca.examples.youthjustice;

import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;
import dev.maca.spi.QuestionBanks;
import java.util.Optional;

/**
 * The Youth Justice Service as a plugin agency kept in the examples, written against the public SPI alone, so it shows
 * a partnership how to add an agency MACA does not bundle: its questions test AssetPlus, out-of-court and Turnaround
 * work, the National Referral Mechanism, the service's contact with the child's school and the move to probation.
 *
 * <p>The bank is the JSON resource {@value #BANK_RESOURCE} beside this class, read once per instance; the class is
 * listed in {@code META-INF/services/dev.maca.spi.AgencyModule}, as any plugin jar would list it.
 */
public final class YouthJusticeModule implements AgencyModule {
    /** The agency's stable id. */
    public static final String ID = "youth-justice";

    /** The question bank resource, in this class's package folder. */
    public static final String BANK_RESOURCE = "question-bank.json";

    private volatile QuestionBank bank;

    /** The module, as {@link java.util.ServiceLoader} creates it. */
    public YouthJusticeModule() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Youth Justice Service";
    }

    @Override
    public Optional<String> description() {
        return Optional.of("The multi-agency youth justice service: assessment with AssetPlus, out-of-court"
                + " disposals, Turnaround and court orders, and the child's move to the Probation Service at 18.");
    }

    /**
     * The questions in {@value #BANK_RESOURCE}, read on the first call and kept.
     *
     * @throws dev.maca.spi.InvalidQuestionBankException when the resource is missing or malformed
     */
    @Override
    public QuestionBank questionBank() {
        QuestionBank loaded = bank;
        if (loaded == null) {
            synchronized (this) {
                loaded = bank;
                if (loaded == null) {
                    loaded = QuestionBanks.fromResource(YouthJusticeModule.class, BANK_RESOURCE);
                    bank = loaded;
                }
            }
        }
        return loaded;
    }

    @Override
    public String toString() {
        return "YouthJusticeModule[" + ID + "]";
    }
}
