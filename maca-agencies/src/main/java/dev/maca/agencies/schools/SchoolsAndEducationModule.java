package dev.maca.agencies.schools;

import dev.maca.agencies.BundledAgencyModule;

/**
 * The Schools and Education agency, whose questions test the Designated Safeguarding Lead's record, Operation
 * Encompass, attendance and inclusion, moves between schools and the child's voice at school, so that an audit can hear
 * from the adults who see a school-age child every day.
 */
public final class SchoolsAndEducationModule extends BundledAgencyModule {
    /** The module, as {@link java.util.ServiceLoader} creates it. */
    public SchoolsAndEducationModule() {
        super(
                "schools-and-education",
                "Schools and Education",
                "The school or other education setting the child attended, audited from the Designated Safeguarding"
                        + " Lead's record, attendance and its part in multi-agency plans; from 2026 a designated"
                        + " education agency in the local safeguarding arrangements.");
    }
}
