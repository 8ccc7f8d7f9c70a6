package dev.maca.agency.plugins;

import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;

/** A plugin whose id is not lower-kebab-case. */
public class MalformedIdModule implements AgencyModule {

    @Override
    public String id() {
        return "Bad_Id";
    }

    @Override
    public String name() {
        return "MalformedIdModule";
    }

    @Override
    public QuestionBank questionBank() {
        return Banks.valid("bad");
    }
}
