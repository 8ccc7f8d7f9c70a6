package dev.maca.agency.plugins;

import dev.maca.spi.AgencyModule;
import dev.maca.spi.QuestionBank;

/** A plugin whose constructor throws, so the service loader cannot instantiate it. */
public class ThrowingConstructorModule implements AgencyModule {
    /** Fails, as a plugin missing its configuration might. */
    public ThrowingConstructorModule() {
        throw new IllegalStateException("configuration missing");
    }

    @Override
    public String id() {
        return "throwing-constructor";
    }

    @Override
    public String name() {
        return "ThrowingConstructorModule";
    }

    @Override
    public QuestionBank questionBank() {
        return Banks.valid("throwing-constructor");
    }
}
