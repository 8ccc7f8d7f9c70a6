package dev.maca.analysis;

import static dev.maca.model.Preconditions.list;

import dev.maca.returns.ContactMode;
import java.util.Arrays;
import java.util.List;

/**
 * How contacts were made: counts of face to face, mixed, virtual and no contact (in that order) from contact-mode
 * answers, such as those about the Covid-19 period.
 *
 * @param tallies one tally per mode, in the order of {@link ContactMode}; the unit is one answer
 * @param sources every return that gave an answer, each once, in cohort then agency order
 */
public record ContactPattern(List<Tally<ContactMode>> tallies, List<ReturnRef> sources)
        implements Breakdown<ContactMode> {
    private static final List<ContactMode> MODES = List.of(ContactMode.values());

    public ContactPattern {
        tallies = list(tallies, "contact pattern tallies");
        sources = SourceList.immutable(sources, "contact pattern sources");
        Breakdowns.check(tallies, MODES, "a contact pattern");
    }

    @Override
    public List<String> labels() {
        return Arrays.stream(ContactMode.values()).map(ContactMode::label).toList();
    }
}
