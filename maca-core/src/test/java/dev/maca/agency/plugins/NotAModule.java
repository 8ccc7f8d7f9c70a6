package dev.maca.agency.plugins;

/** A class a services file names as an agency module that does not implement the interface. */
public class NotAModule {
    /** The class the author meant to write. */
    @Override
    public String toString() {
        return "not an agency module";
    }
}
