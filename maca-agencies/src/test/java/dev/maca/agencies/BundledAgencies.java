package dev.maca.agencies;

import dev.maca.agencies.childrens.ChildrensServicesModule;
import dev.maca.agencies.earlyyears.EarlyYearsModule;
import dev.maca.agencies.gp.PrimaryCareGpModule;
import dev.maca.agencies.healthvisiting.HealthVisitingModule;
import dev.maca.agencies.mentalhealth.AdultMentalHealthModule;
import dev.maca.agencies.midwifery.MidwiferyModule;
import dev.maca.agencies.police.PoliceModule;
import dev.maca.agencies.probation.ProbationModule;
import dev.maca.agencies.schools.SchoolsAndEducationModule;
import dev.maca.agencies.substancemisuse.AdultSubstanceMisuseModule;
import dev.maca.spi.AgencyModule;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** What the tests expect of the bundled agencies: each module with its id, name and question id prefix. */
final class BundledAgencies {

    /** One bundled agency as the tests expect it. */
    record Expected(Supplier<AgencyModule> factory, String id, String name, String prefix) {
        AgencyModule create() {
            return factory.get();
        }

        @Override
        public String toString() {
            return id;
        }
    }

    static final List<Expected> ALL = List.of(
            new Expected(ChildrensServicesModule::new, "childrens-services", "Children's Services", "cs-"),
            new Expected(MidwiferyModule::new, "midwifery", "Midwifery", "mw-"),
            new Expected(
                    HealthVisitingModule::new, "health-visiting", "Public Health Nursing – Health Visiting", "hv-"),
            new Expected(PrimaryCareGpModule::new, "primary-care-gp", "Primary Care – GP", "gp-"),
            new Expected(
                    AdultSubstanceMisuseModule::new,
                    "adult-substance-misuse",
                    "Adult Substance Misuse Services",
                    "asm-"),
            new Expected(AdultMentalHealthModule::new, "adult-mental-health", "Adult Mental Health Services", "amh-"),
            new Expected(EarlyYearsModule::new, "early-years", "Early Years", "ey-"),
            new Expected(PoliceModule::new, "police", "Police", "pol-"),
            new Expected(SchoolsAndEducationModule::new, "schools-and-education", "Schools and Education", "edu-"),
            new Expected(ProbationModule::new, "probation", "Probation Service", "prob-"));

    /** The ids of the eight partners the Torbay scope (C86) asks to contribute, which its coverage test holds to. */
    static final List<String> TORBAY_IDS = List.of(
            "childrens-services",
            "midwifery",
            "health-visiting",
            "primary-care-gp",
            "adult-substance-misuse",
            "adult-mental-health",
            "early-years",
            "police");

    static List<Expected> torbay() {
        return ALL.stream().filter(e -> TORBAY_IDS.contains(e.id())).toList();
    }

    static Stream<Expected> expected() {
        return ALL.stream();
    }

    static Stream<AgencyModule> modules() {
        return ALL.stream().map(Expected::create);
    }

    static List<String> ids() {
        return ALL.stream().map(Expected::id).toList();
    }

    private BundledAgencies() {}
}
