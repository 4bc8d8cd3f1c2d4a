package ua.hromada.embeddedmongo;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BsonDocumentTypeTest {

    private final BsonDocumentType type = new BsonDocumentType();

    @Test
    void documentsOfEveryKindTheServerStoresReadBackEqualOneAfterTheOther() {
        Document everything = new Document("_id", "lysychansk:record-1")
                .append("int", 7).append("long", 1L << 40).append("double", -0.5).append("text", "Лисичанськ")
                .append("yes", true).append("nothing", null).append("at", Instant.ofEpochMilli(1_640_995_199_000L))
                .append("objectId", new ObjectId()).append("uuid", UUID.randomUUID())
                .append("binary", new BinData(new byte[] {1, 2, 3}))
                .append("decimal", new Decimal128(new BigDecimal("12.50")))
                .append("nested", new Document("list", List.of(1, "two", new Document("three", 3.0))));
        Document small = new Document("_id", 2L);

        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, everything);
        type.write(buffer, small);
        ByteBuffer written = buffer.getBuffer().flip();

        assertThat(type.read(written)).isEqualTo(everything);
        assertThat(type.read(written)).isEqualTo(small);
        assertThat(written.hasRemaining()).isFalse();
    }

    @Test
    void aValueBsonCannotCarryIsKeptJavaSerializedInsteadOfFailingTheWrite() {
        Document unusual = new Document("_id", 1).append("when", new Date(0)).append("after", "x");

        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, unusual);
        type.write(buffer, new Document("_id", 2));
        ByteBuffer written = buffer.getBuffer().flip();

        assertThat(type.read(written)).isEqualTo(unusual);
        assertThat(type.read(written)).isEqualTo(new Document("_id", 2));
    }

    @Test
    void bytesOfAnotherEncodingAreRefusedRatherThanMisread() {
        ByteBuffer foreign = ByteBuffer.wrap(Arrays.copyOf(new byte[] {(byte) 0xAC, (byte) 0xED}, 16));

        assertThatThrownBy(() -> type.read(foreign)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("marker");
    }
}
