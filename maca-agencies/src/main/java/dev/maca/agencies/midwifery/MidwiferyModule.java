package dev.maca.agencies.midwifery;

import dev.maca.agencies.BundledAgencyModule;

/**
 * The Midwifery agency, whose questions test booking, routine enquiry about domestic abuse, perinatal mental health and
 * the safeguarding birth plan.
 */
public final class MidwiferyModule extends BundledAgencyModule {
    /** The module, as {@link java.util.ServiceLoader} creates it. */
    public MidwiferyModule() {
        super(
                "midwifery",
                "Midwifery",
                "Maternity services caring for the woman and her unborn baby from booking, through the birth, to the end of the postnatal period.");
    }
}
