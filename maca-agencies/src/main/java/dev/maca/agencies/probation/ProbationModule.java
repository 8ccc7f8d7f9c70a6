package dev.maca.agencies.probation;

import dev.maca.agencies.BundledAgencyModule;

/**
 * The Probation Service agency, whose questions test the safeguarding and domestic abuse enquiries, the risk of serious
 * harm to children, MAPPA, licence conditions and what was shared about the men in a child's life, because probation
 * often holds the fullest history of them.
 */
public final class ProbationModule extends BundledAgencyModule {
    /** The module, as {@link java.util.ServiceLoader} creates it. */
    public ProbationModule() {
        super(
                "probation",
                "Probation Service",
                "The Probation Service (before June 2021 the National Probation Service or a Community Rehabilitation"
                        + " Company) supervising an adult in the child's life, audited from nDelius, OASys and MAPPA"
                        + " records.");
    }
}
