package dev.maca.agency.plugins;

import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;

/** A plugin whose questionBank() sleeps until it is interrupted, as one waiting on a server that never answers. */
public class SleepingBankModule implements AgencyModule {

    @Override
    public String id() {
        return "sleeping-bank";
    }

    @Override
    public String name() {
        return "SleepingBankModule";
    }

    @Override
    public QuestionBank questionBank() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Banks.valid("sleeping");
    }
}
