package ua.hromada.embeddedmongo;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded server listens and which file it keeps its data in.
 *
 * <p>Each setting comes from a command-line argument, else from an environment variable, else a default:
 * <pre>
 *   --host=...       HROMADA_MONGO_HOST        127.0.0.1
 *   --port=...       HROMADA_MONGO_PORT        27027   (0 picks a free port)
 *   --data-file=...  HROMADA_MONGO_DATA_FILE   .hromada/mongo/hromada.mv  (relative to the working directory)
 * </pre>
 */
public record EmbeddedMongoSettings(String host, int port, Path dataFile) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 27027;
    public static final String DEFAULT_DATA_FILE = ".hromada/mongo/hromada.mv";

    static final String USAGE = """
            usage: java -jar hromada-embedded-mongo.jar [--host=HOST] [--port=PORT] [--data-file=FILE]
              --host       address to listen on      (env HROMADA_MONGO_HOST,      default %s)
              --port       TCP port, 0 = any free    (env HROMADA_MONGO_PORT,      default %d)
              --data-file  H2 MVStore file with data (env HROMADA_MONGO_DATA_FILE, default %s)
            """.formatted(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DATA_FILE);

    public EmbeddedMongoSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (dataFile == null) {
            throw new IllegalArgumentException("data file must be given");
        }
        dataFile = dataFile.toAbsolutePath().normalize();
    }

    /** Reads the settings from {@code --name=value} arguments, falling back to the environment, then defaults. */
    public static EmbeddedMongoSettings from(String[] args, Map<String, String> env) {
        String host = env.getOrDefault("HROMADA_MONGO_HOST", DEFAULT_HOST);
        String port = env.getOrDefault("HROMADA_MONGO_PORT", String.valueOf(DEFAULT_PORT));
        String dataFile = env.getOrDefault("HROMADA_MONGO_DATA_FILE", DEFAULT_DATA_FILE);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
            String name = arg.substring(2, eq);
            String value = arg.substring(eq + 1);
            switch (name) {
                case "host" -> host = value;
                case "port" -> port = value;
                case "data-file" -> dataFile = value;
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number, was '" + port + "'");
        }
        if (dataFile.isBlank()) {
            throw new IllegalArgumentException("data file must not be blank");
        }
        return new EmbeddedMongoSettings(host.trim(), portNumber, Path.of(dataFile.trim()));
    }
}
