package dev.maca.agencies.gp;

import dev.maca.agencies.BundledAgencyModule;

/**
 * The Primary Care – GP agency, whose questions test safeguarding coding across the family, mental health in pregnancy
 * and consultations with fathers.
 */
public final class PrimaryCareGpModule extends BundledAgencyModule {
    /** The module, as {@link java.util.ServiceLoader} creates it. */
    public PrimaryCareGpModule() {
        super(
                "primary-care-gp",
                "Primary Care – GP",
                "General practice, which holds the health records of every registered family member, parents and children alike.");
    }
}
