package dev.maca.agency;

import dev.maca.agency.plugins.Banks;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes real plugin jars at test time — compiled test classes copied from the test class path, a services file and a
 * manifest — and loads them through a class loader that sees only those jars' services files.
 */
final class PluginJars {
    /** The package of the test plugins, loaded from the jars rather than the test class path. */
    static final String PLUGIN_PACKAGE = "dev.maca.agency.plugins.";

    private PluginJars() {}

    /** A jar being described: its classes, services lines, other entries and manifest version. */
    static final class Jar {
        private final Path file;
        private final List<Class<?>> classes = new ArrayList<>();
        private final List<String> services = new ArrayList<>();
        private final Map<String, byte[]> entries = new LinkedHashMap<>();
        private String version;

        private Jar(Path file) {
            this.file = file;
        }

        /** Copy these classes' compiled files from the test class path into the jar. */
        Jar withClasses(Class<?>... types) {
            classes.addAll(List.of(types));
            return this;
        }

        /** List these class names in the jar's services file. */
        Jar listing(String... classNames) {
            services.addAll(List.of(classNames));
            return this;
        }

        /** Add an entry with these bytes. */
        Jar withEntry(String name, byte[] content) {
            entries.put(name, content);
            return this;
        }

        /** Give the jar's manifest this Implementation-Version. */
        Jar version(String value) {
            this.version = value;
            return this;
        }

        /** Writes the jar and returns its path. */
        Path write() {
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            if (version != null) {
                manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
            }
            try (OutputStream out = Files.newOutputStream(file);
                    JarOutputStream jar = new JarOutputStream(out, manifest)) {
                for (Class<?> type : classes) {
                    String name = type.getName().replace('.', '/') + ".class";
                    jar.putNextEntry(new JarEntry(name));
                    jar.write(classBytes(type));
                    jar.closeEntry();
                }
                if (!services.isEmpty()) {
                    jar.putNextEntry(new JarEntry(AgencyRegistry.SERVICES_FILE));
                    jar.write(
                            ("# test plugins\n" + String.join("\n", services) + "\n").getBytes(StandardCharsets.UTF_8));
                    jar.closeEntry();
                }
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    jar.putNextEntry(new JarEntry(entry.getKey()));
                    jar.write(entry.getValue());
                    jar.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }
    }

    /** A jar to be written at {@code file}. */
    static Jar jar(Path file) {
        return new Jar(file);
    }

    /** A jar at {@code file} holding {@code module}'s class and listing it in its services file. */
    static Path pluginJar(Path file, Class<?> module) {
        return jar(file)
                .withClasses(module, Banks.class)
                .listing(module.getName())
                .write();
    }

    /** A class loader over these jars that loads the test plugins from them and sees only their services files. */
    static URLClassLoader loader(Path... jars) {
        URL[] urls = new URL[jars.length];
        for (int i = 0; i < jars.length; i++) {
            try {
                urls[i] = jars[i].toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return new PluginLoader(urls, PluginJars.class.getClassLoader());
    }

    private static byte[] classBytes(Class<?> type) throws IOException {
        String resource = type.getName().substring(type.getPackageName().length() + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("compiled class " + type.getName() + " not found on the test class path");
            }
            return in.readAllBytes();
        }
    }

    /**
     * Loads the test plugins from its own jars first (so their location is the jar, not the test class path), everything
     * else from the parent, and lists only its own jars' services files.
     */
    private static final class PluginLoader extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        PluginLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PLUGIN_PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.equals(AgencyRegistry.SERVICES_FILE)) {
                return findResources(name);
            }
            return super.getResources(name);
        }

        @Override
        public String toString() {
            return "PluginLoader" + List.of(getURLs());
        }
    }
}
