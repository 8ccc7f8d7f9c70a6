package dev.maca.agency.plugins;

import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;

/** A plugin that keeps the contract. */
public class AlphaModule implements AgencyModule {

    @Override
    public String id() {
        return "alpha";
    }

    @Override
    public String name() {
        return "AlphaModule";
    }

    @Override
    public QuestionBank questionBank() {
        return Banks.valid("alpha");
    }
}
