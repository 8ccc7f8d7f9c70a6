package dev.maca.agency.plugins;

import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;

/** A plugin whose constructor sleeps until it is interrupted, as one that connects to a server at start-up. */
public class SleepingConstructorModule implements AgencyModule {

    public SleepingConstructorModule() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String id() {
        return "sleeping-constructor";
    }

    @Override
    public String name() {
        return "SleepingConstructorModule";
    }

    @Override
    public QuestionBank questionBank() {
        return Banks.valid("sleeping-constructor");
    }
}
