package ua.hromada.acceptance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A Spring Boot application started in this JVM from its executable jar, in a class loader of its own that sees
 * the jar's classes and libraries ({@code BOOT-INF/}) and the JDK, nothing of the test's class path. So several
 * applications share a JVM without sharing a class path: each reads its own {@code application.yml} and
 * auto-configures only the libraries it ships with, as it does when run with {@code java -jar}.
 */
final class BootJarApplication implements AutoCloseable {

    private static final String BUILDER = "org.springframework.boot.builder.SpringApplicationBuilder";
    private static final String CONTEXT = "org.springframework.context.ConfigurableApplicationContext";
    private static final String PROPERTY_RESOLVER = "org.springframework.core.env.PropertyResolver";

    private final String name;
    private final URLClassLoader classLoader;
    private final AutoCloseable context;
    private final int port;

    private BootJarApplication(String name, URLClassLoader classLoader, AutoCloseable context, int port) {
        this.name = name;
        this.classLoader = classLoader;
        this.context = context;
        this.port = port;
    }

    /**
     * Unpacks {@code bootJar} into {@code workDir/name} and runs its {@code Start-Class}. The arguments are
     * command-line arguments ({@code --key=value}), which take precedence over the application's own
     * {@code application.yml}; {@code SpringApplicationBuilder.properties} would not, being mere defaults.
     */
    static BootJarApplication start(String name, Path bootJar, Path workDir, List<String> arguments) {
        Path unpacked = workDir.resolve(name);
        Layout layout = unpack(bootJar, unpacked);
        URLClassLoader classLoader = new URLClassLoader(name, layout.classPath(), ClassLoader.getPlatformClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Spring resolves auto-configurations and resources through the context class loader, and the threads the
        // application starts (web server, event processors) inherit it.
        thread.setContextClassLoader(classLoader);
        try {
            keepTomcatOutOfTheJvmsUrlHandlers(classLoader);
            Class<?> startClass = classLoader.loadClass(layout.startClass());
            Class<?> builderType = classLoader.loadClass(BUILDER);
            Object builder = builderType.getConstructor(Class[].class).newInstance((Object) new Class<?>[] {startClass});
            Object context = builderType.getMethod("run", String[].class)
                    .invoke(builder, (Object) arguments.toArray(String[]::new));
            Object environment = classLoader.loadClass(CONTEXT).getMethod("getEnvironment").invoke(context);
            Object port = classLoader.loadClass(PROPERTY_RESOLVER).getMethod("getProperty", String.class)
                    .invoke(environment, "local.server.port");
            if (port == null) {
                ((AutoCloseable) context).close();
                throw new IllegalStateException(name + " started without a web server");
            }
            return new BootJarApplication(name, classLoader, (AutoCloseable) context, Integer.parseInt((String) port));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(name + " failed to start from " + bootJar, e.getTargetException());
        } catch (Exception e) {
            throw new IllegalStateException(name + " could not be started from " + bootJar, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Tomcat registers a JVM-wide URL stream handler factory, which the JDK accepts once per JVM: a second servlet
     * application in its own class loader would fail to start. The factory only serves {@code war:} URLs, which
     * executable jars never use, so every application here starts without registering it.
     */
    private static void keepTomcatOutOfTheJvmsUrlHandlers(ClassLoader classLoader) throws ReflectiveOperationException {
        try {
            classLoader.loadClass("org.apache.catalina.webresources.TomcatURLStreamHandlerFactory")
                    .getMethod("disable").invoke(null);
        } catch (ClassNotFoundException notATomcatApplication) {
            // the gateway runs on Netty
        }
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        try {
            context.close();
        } catch (Exception e) {
            throw new IllegalStateException(name + " did not stop cleanly", e);
        } finally {
            // The class loader stays open: threads the context stops asynchronously (Netty's event loops, the
            // MongoDB driver's monitors) may still load classes after close() returns.
            thread.setContextClassLoader(previous);
        }
    }

    /** The start class and the class path the jar's manifest and class path index describe. */
    private record Layout(String startClass, URL[] classPath) {
    }

    private static Layout unpack(Path bootJar, Path target) {
        if (bootJar == null || !Files.isRegularFile(bootJar)) {
            throw new IllegalStateException("no executable jar at " + bootJar + " (build it: ./mvnw install -DskipTests)");
        }
        try (JarFile jar = new JarFile(bootJar.toFile())) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            String startClass = manifest.getValue("Start-Class");
            String classes = manifest.getValue("Spring-Boot-Classes");
            String classPathIndex = manifest.getValue("Spring-Boot-Classpath-Index");
            if (startClass == null || classes == null || classPathIndex == null) {
                throw new IllegalStateException(bootJar + " is not an executable Spring Boot jar (no Start-Class, "
                        + "Spring-Boot-Classes or Spring-Boot-Classpath-Index in its manifest)");
            }
            deleteRecursively(target);
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith("BOOT-INF/")) {
                    continue;
                }
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IllegalStateException(bootJar + " has an entry outside its folder: " + entry.getName());
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            List<URL> classPath = new ArrayList<>();
            classPath.add(target.resolve(classes).toUri().toURL());
            // the index keeps the order Maven resolved the libraries in, so the first of two copies wins as it does
            // under java -jar
            for (String line : Files.readAllLines(target.resolve(classPathIndex), StandardCharsets.UTF_8)) {
                String library = line.strip();
                if (library.startsWith("- \"") && library.endsWith("\"")) {
                    classPath.add(toUrl(target.resolve(library.substring(3, library.length() - 1))));
                }
            }
            return new Layout(startClass, classPath.toArray(URL[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + bootJar, e);
        }
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
