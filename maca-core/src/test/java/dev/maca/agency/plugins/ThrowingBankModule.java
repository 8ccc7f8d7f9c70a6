package dev.maca.agency.plugins;

import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;

/** A plugin whose question bank throws. */
public class ThrowingBankModule implements AgencyModule {

    @Override
    public String id() {
        return "throwing-bank";
    }

    @Override
    public String name() {
        return "ThrowingBankModule";
    }

    @Override
    public QuestionBank questionBank() {
        return Banks.explode();
    }
}
