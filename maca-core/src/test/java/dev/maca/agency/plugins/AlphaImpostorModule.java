package dev.maca.agency.plugins;

import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;

/** A plugin that keeps the contract but takes the id of {@link AlphaModule}. */
public class AlphaImpostorModule implements AgencyModule {

    @Override
    public String id() {
        return "alpha";
    }

    @Override
    public String name() {
        return "AlphaImpostorModule";
    }

    @Override
    public QuestionBank questionBank() {
        return Banks.valid("impostor");
    }
}
