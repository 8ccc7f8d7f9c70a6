package dev.maca.agency.plugins;

import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;

/** Another plugin that keeps the contract. */
public class BetaModule implements AgencyModule {

    @Override
    public String id() {
        return "beta";
    }

    @Override
    public String name() {
        return "BetaModule";
    }

    @Override
    public QuestionBank questionBank() {
        return Banks.valid("beta");
    }
}
