package dev.maca.agencies.substancemisuse;

import dev.maca.agencies.BundledAgencyModule;

/**
 * The Adult Substance Misuse Services agency, whose questions test the parent/children questions, risk reassessment and
 * safe storage of substitution medication.
 */
public final class AdultSubstanceMisuseModule extends BundledAgencyModule {
    /** The module, as {@link java.util.ServiceLoader} creates it. */
    public AdultSubstanceMisuseModule() {
        super(
                "adult-substance-misuse",
                "Adult Substance Misuse Services",
                "Adult drug and alcohol treatment services, including key work and the prescribing of opioid substitution medication.");
    }
}
