package dev.maca.agencies.earlyyears;

import dev.maca.agencies.BundledAgencyModule;

/**
 * The Early Years agency, whose questions test the Designated Safeguarding Lead's chronology, Operation Encompass and
 * the child's voice.
 */
public final class EarlyYearsModule extends BundledAgencyModule {
    /** The module, as {@link java.util.ServiceLoader} creates it. */
    public EarlyYearsModule() {
        super(
                "early-years",
                "Early Years",
                "Nurseries, pre-schools and childminders caring for the older sibling, through their Designated Safeguarding Lead.");
    }
}
