package dev.maca.agencies;

import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;
import dev.maca.spi.QuestionBanks;
import java.util.Objects;
import java.util.Optional;

/**
 * An agency module whose identity is fixed and whose questions are the JSON resource {@value #BANK_RESOURCE} beside
 * the concrete class, read on first use and kept for the life of the instance.
 *
 * <p>Loading is lazy and thread-safe: however many threads ask at once, the resource is read once per instance and
 * every caller gets the same {@link QuestionBank}.
 */
public abstract class BundledAgencyModule implements AgencyModule {
    /** The name of the question bank resource, found in the concrete class's package folder. */
    public static final String BANK_RESOURCE = "question-bank.json";

    private final String id;
    private final String name;
    private final String description;
    private final Object bankLock = new Object();
    private volatile QuestionBank bank;

    /**
     * A module with this identity.
     *
     * @param id the stable lower-kebab-case id; never null
     * @param name the agency's name as documents print it; never null
     * @param description one sentence describing the service; never null
     */
    protected BundledAgencyModule(String id, String name, String description) {
        this.id = Objects.requireNonNull(id, "agency id is required but was null");
        this.name = Objects.requireNonNull(name, "agency name is required but was null");
        this.description = Objects.requireNonNull(description, "agency description is required but was null");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Optional<String> description() {
        return Optional.of(description);
    }

    /**
     * The bank in {@value #BANK_RESOURCE} beside the concrete class, read on the first call.
     *
     * @throws dev.maca.spi.InvalidQuestionBankException when the resource is missing or malformed
     */
    @Override
    public final QuestionBank questionBank() {
        QuestionBank loaded = bank;
        if (loaded == null) {
            synchronized (bankLock) {
                loaded = bank;
                if (loaded == null) {
                    loaded = QuestionBanks.fromResource(getClass(), BANK_RESOURCE);
                    bank = loaded;
                }
            }
        }
        return loaded;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + "]";
    }
}
