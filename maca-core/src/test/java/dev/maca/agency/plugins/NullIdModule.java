package dev.maca.agency.plugins;

import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;

/** A plugin whose id is null. */
public class NullIdModule implements AgencyModule {

    @Override
    public String id() {
        return null;
    }

    @Override
    public String name() {
        return "NullIdModule";
    }

    @Override
    public QuestionBank questionBank() {
        return Banks.valid("null-id");
    }
}
