package dev.maca.agencies.childrens;

import dev.maca.agencies.BundledAgencyModule;

/**
 * The Children's Services agency, whose questions test pre-birth assessment, the assessment of both parents, cumulative
 * risk and escalation.
 */
public final class ChildrensServicesModule extends BundledAgencyModule {
    /** The module, as {@link java.util.ServiceLoader} creates it. */
    public ChildrensServicesModule() {
        super(
                "childrens-services",
                "Children's Services",
                "The local authority's children's social care: assessment, child in need and child protection planning, including pre-birth assessment of unborn babies.");
    }
}
