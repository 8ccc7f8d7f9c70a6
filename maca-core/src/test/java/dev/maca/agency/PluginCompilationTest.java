package dev.maca.agency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maca.spi.AgencyModule;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A new agency plugin")
class PluginCompilationTest {
    private static final String SOURCE =
            """
            package org.example.youthjustice;

            import dev.maca.spi.AgencyModule;
            import dev.maca.spi.QuestionBank;
            import dev.maca.spi.QuestionBanks;
            import java.util.Optional;

            public final class YouthJusticeModule implements AgencyModule {
                @Override
                public String id() {
                    return "youth-justice";
                }

                @Override
                public String name() {
                    return "Youth Justice Service";
                }

                @Override
                public Optional<String> description() {
                    return Optional.of("Works with children in trouble with the law.");
                }

                @Override
                public QuestionBank questionBank() {
                    return QuestionBanks.fromResource(getClass(), "bank.json");
                }
            }
            """;

    private static final String BANK =
            """
            {"questions": [
              {"id": "youth-justice-males-assessed",
               "text": "Were the males in the young person's household assessed?",
               "guidance": "Look for the AssetPlus family section.",
               "responseType": "EVIDENCED",
               "themes": ["fathers-and-males"]}
            ]}
            """;

    @TempDir
    Path dir;

    @Test
    @DisplayName("compiled from source and packaged as a jar is discovered with no change to the library")
    void compiledPluginIsDiscovered() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/org/example/youthjustice"));
        Path source = Files.writeString(sources.resolve("YouthJusticeModule.java"), SOURCE);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("a JDK compiler").isNotNull();
        String libraryClasses = Path.of(toUri(
                        AgencyModule.class.getProtectionDomain().getCodeSource().getLocation()))
                .toString();

        int status = compiler.run(
                null,
                null,
                null,
                "--release",
                "17",
                "-cp",
                libraryClasses,
                "-d",
                classes.toString(),
                source.toString());

        assertThat(status).as("javac exit status").isZero();
        Path jar = dir.resolve("youth-justice-1.4.0.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "1.4.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            entry(
                    out,
                    "org/example/youthjustice/YouthJusticeModule.class",
                    Files.readAllBytes(classes.resolve("org/example/youthjustice/YouthJusticeModule.class")));
            entry(out, "org/example/youthjustice/bank.json", BANK.getBytes(StandardCharsets.UTF_8));
            entry(
                    out,
                    AgencyRegistry.SERVICES_FILE,
                    "org.example.youthjustice.YouthJusticeModule\n".getBytes(StandardCharsets.UTF_8));
        }

        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, AgencyRegistry.class.getClassLoader())) {
            AgencyRegistry registry = AgencyRegistry.builder().discover(loader).build();

            assertThat(registry.problems()).isEmpty();
            RegisteredAgency agency = registry.agency("youth-justice").orElseThrow();
            assertThat(agency.name()).isEqualTo("Youth Justice Service");
            assertThat(agency.description()).contains("Works with children in trouble with the law.");
            assertThat(agency.version()).isEqualTo("1.4.0");
            assertThat(agency.location()).endsWith("youth-justice-1.4.0.jar");
            assertThat(agency.bank().questions())
                    .extracting(q -> q.id())
                    .containsExactly("youth-justice-males-assessed");
            assertThat(List.of(agency.module().getClass().getClassLoader())).containsExactly(loader);
        }
    }

    private static java.net.URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void entry(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
