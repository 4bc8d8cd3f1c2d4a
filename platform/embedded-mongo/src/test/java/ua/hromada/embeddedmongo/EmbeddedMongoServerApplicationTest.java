package ua.hromada.embeddedmongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedMongoServerApplicationTest {

    @TempDir
    Path tempDir;

    @Test
    void documentsSurviveARestartOnTheSameFile() throws IOException {
        Path dataFile = tempDir.resolve("nested/dir/hromada.mv");
        EmbeddedMongoSettings settings = new EmbeddedMongoSettings("127.0.0.1", freePort(), dataFile);

        try (EmbeddedMongoServerApplication first = EmbeddedMongoServerApplication.start(settings);
             MongoClient client = MongoClients.create(first.connectionString())) {
            assertThat(first.address().getPort()).isEqualTo(settings.port());
            collection(client).insertOne(new Document("_id", "lysychansk").append("name", "Лисичанська міська рада"));
        }
        assertThat(dataFile).isRegularFile();
        assertThat(Files.size(dataFile)).isPositive();

        try (EmbeddedMongoServerApplication second = EmbeddedMongoServerApplication.start(settings);
             MongoClient client = MongoClients.create(second.connectionString())) {
            Document found = collection(client).find(new Document("_id", "lysychansk")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Лисичанська міська рада");
            assertThat(collection(client).countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void aTakenPortFailsClearlyAndReleasesTheDataFile() throws IOException {
        Path dataFile = tempDir.resolve("taken.mv");
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> EmbeddedMongoServerApplication.start(
                    new EmbeddedMongoSettings("127.0.0.1", taken.getLocalPort(), dataFile)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
        // the file lock was released: the same file opens again
        EmbeddedMongoServerApplication.start(new EmbeddedMongoSettings("127.0.0.1", 0, dataFile)).close();
    }

    @Test
    void closeIsIdempotent() {
        EmbeddedMongoServerApplication app = EmbeddedMongoServerApplication.start(
                new EmbeddedMongoSettings("127.0.0.1", 0, tempDir.resolve("idempotent.mv")));
        assertThat(app.address().getPort()).isPositive();
        app.close();
        app.close();
    }

    @Test
    void settingsComeFromArgumentsThenEnvironmentThenDefaults() {
        EmbeddedMongoSettings defaults = EmbeddedMongoSettings.from(new String[0], Map.of());
        assertThat(defaults.host()).isEqualTo("127.0.0.1");
        assertThat(defaults.port()).isEqualTo(27027);
        assertThat(defaults.dataFile()).isEqualTo(Path.of(".hromada/mongo/hromada.mv").toAbsolutePath());

        Map<String, String> env = Map.of(
                "HROMADA_MONGO_HOST", "0.0.0.0",
                "HROMADA_MONGO_PORT", "27100",
                "HROMADA_MONGO_DATA_FILE", "/tmp/env.mv");
        EmbeddedMongoSettings fromEnv = EmbeddedMongoSettings.from(new String[0], env);
        assertThat(fromEnv).isEqualTo(new EmbeddedMongoSettings("0.0.0.0", 27100, Path.of("/tmp/env.mv")));

        EmbeddedMongoSettings fromArgs = EmbeddedMongoSettings.from(
                new String[] {"--port=27200", "--data-file=/tmp/args.mv"}, env);
        assertThat(fromArgs).isEqualTo(new EmbeddedMongoSettings("0.0.0.0", 27200, Path.of("/tmp/args.mv")));

        assertThatThrownBy(() -> EmbeddedMongoSettings.from(new String[] {"--port=x"}, Map.of()))
                .hasMessageContaining("port");
        assertThatThrownBy(() -> EmbeddedMongoSettings.from(new String[] {"--colour=red"}, Map.of()))
                .hasMessageContaining("--colour=red");
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("hromada").getCollection("tenants");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
