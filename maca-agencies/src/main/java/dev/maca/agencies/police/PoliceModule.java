package dev.maca.agencies.police;

import dev.maca.agencies.BundledAgencyModule;

/**
 * The Police agency, whose questions test DASH at every incident, ViST sharing, the child's voice at the scene and the
 * focus on the perpetrator.
 */
public final class PoliceModule extends BundledAgencyModule {
    /** The module, as {@link java.util.ServiceLoader} creates it. */
    public PoliceModule() {
        super(
                "police",
                "Police",
                "The police response to incidents involving the family, including domestic abuse risk assessment and vulnerability screening shared with partners.");
    }
}
