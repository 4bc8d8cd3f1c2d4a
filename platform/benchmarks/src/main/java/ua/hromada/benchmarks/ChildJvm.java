package ua.hromada.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A part of the local stack started from its jar in a JVM of its own, as the launcher runs it, its output in a log. */
final class ChildJvm implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final Process process;
    private final Path log;
    /** Stops the JVM when the benchmark is interrupted (Ctrl-C), which skips the benchmark's own cleanup. */
    private final Thread stopOnExit;

    private ChildJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.stopOnExit = new Thread(process::destroy, "stop-" + name);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts {@code java <jvmOptions> -jar <jar> <arguments>} with {@code environment} added to ours. */
    static ChildJvm start(String name, Path logDirectory, List<String> jvmOptions, Path jar, List<String> arguments,
                          Map<String, String> environment) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./hromada bench does)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        Path log = logDirectory.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new ChildJvm(name, builder.start(), log);
    }

    /**
     * The embedded MongoDB server from its jar, as the launcher runs it, listening on {@code port} with its data in
     * {@code dataFile}; returns once the port accepts connections.
     */
    static ChildJvm embeddedMongo(Path logDirectory, List<String> jvmOptions, Path root, String version, int port,
                                  Path dataFile) throws IOException, InterruptedException {
        ChildJvm mongo = start("mongo", logDirectory, jvmOptions,
                root.resolve("platform/embedded-mongo/target/hromada-embedded-mongo-" + version + ".jar"),
                List.of("--port=" + port, "--data-file=" + dataFile), Map.of());
        mongo.awaitPort(port, Duration.ofMinutes(1));
        return mongo;
    }

    /** The JVM option that records a flight recording of the JVM called {@code name} into {@code directory}. */
    static String flightRecording(Path directory, String name) {
        try {
            // the JVM refuses to start rather than create it
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory + " for flight recordings", e);
        }
        return "-XX:StartFlightRecording=settings=profile,filename=" + directory.resolve(name + ".jfr");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until the port accepts connections. */
    void awaitPort(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            failIfExited();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException(name + " did not listen on port " + port + " within " + timeout + "; see " + log);
    }

    /** Waits until {@code url} answers 200 with status UP. */
    void awaitHealthy(HttpClient http, String url, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            failIfExited();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(url + " did not become healthy within " + timeout + "; see " + log);
    }

    /** CPU time the JVM used so far: what other load on the machine disturbs least. */
    Duration cpuTime() {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException(
                "this system does not tell the CPU time of process " + process.pid()));
    }

    String name() {
        return name;
    }

    private void failIfExited() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
        }
    }

    /** Stops the JVM as the launcher does: TERM, so it shuts down gracefully, KILL if it does not. */
    @Override
    public void close() throws InterruptedException {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is stopping it already
        }
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
