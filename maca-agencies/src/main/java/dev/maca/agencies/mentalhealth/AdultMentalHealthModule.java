package dev.maca.agencies.mentalhealth;

import dev.maca.agencies.BundledAgencyModule;

/**
 * The Adult Mental Health Services agency, whose questions test whether parenthood and pregnancy shape care plans, risk
 * assessments and perinatal work.
 */
public final class AdultMentalHealthModule extends BundledAgencyModule {
    /** The module, as {@link java.util.ServiceLoader} creates it. */
    public AdultMentalHealthModule() {
        super(
                "adult-mental-health",
                "Adult Mental Health Services",
                "Secondary mental health services for adults, including care coordination under the Care Programme Approach and joint work with the perinatal mental health team.");
    }
}
