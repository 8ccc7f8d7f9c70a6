package dev.maca.agencies.healthvisiting;

import dev.maca.agencies.BundledAgencyModule;

/**
 * The Public Health Nursing – Health Visiting agency, whose questions test the mandated contacts, maternal mood, police
 * notifications and the father's inclusion.
 */
public final class HealthVisitingModule extends BundledAgencyModule {
    /** The module, as {@link java.util.ServiceLoader} creates it. */
    public HealthVisitingModule() {
        super(
                "health-visiting",
                "Public Health Nursing – Health Visiting",
                "The 0–19 public health nursing service's health visitors, who offer every family the mandated contacts from late pregnancy into the child's early years.");
    }
}
