package dev.maca.examples.cli;

import picocli.CommandLine.IVersionProvider;

/** The version {@code maca --version} prints: MACA's, from the jar's manifest, and the Java runtime's. */
final class MacaVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Maca.class.getPackage().getImplementationVersion();
        return new String[] {
            "maca " + (version == null ? "(development build)" : version),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
        };
    }
}
