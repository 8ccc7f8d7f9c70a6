package dev.maca.agency.plugins;

import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;

/** A plugin whose bank is larger than the contract allows. */
public class HugeBankModule implements AgencyModule {

    @Override
    public String id() {
        return "huge-bank";
    }

    @Override
    public String name() {
        return "HugeBankModule";
    }

    @Override
    public QuestionBank questionBank() {
        return Banks.huge(1_001);
    }
}
