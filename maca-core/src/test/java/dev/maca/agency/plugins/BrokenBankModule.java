package dev.maca.agency.plugins;

import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;

/** A plugin whose bank breaks the contract: blank guidance, a duplicate id, no themes. */
public class BrokenBankModule implements AgencyModule {

    @Override
    public String id() {
        return "broken-bank";
    }

    @Override
    public String name() {
        return "BrokenBankModule";
    }

    @Override
    public QuestionBank questionBank() {
        return Banks.broken();
    }
}
