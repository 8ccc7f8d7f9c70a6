package dev.maca.agency.plugins;

import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;

/** A plugin whose question bank is null. */
public class NullBankModule implements AgencyModule {

    @Override
    public String id() {
        return "null-bank";
    }

    @Override
    public String name() {
        return "NullBankModule";
    }

    @Override
    public QuestionBank questionBank() {
        return null;
    }
}
