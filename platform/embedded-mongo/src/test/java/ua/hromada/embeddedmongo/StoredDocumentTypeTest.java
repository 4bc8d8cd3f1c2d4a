package ua.hromada.embeddedmongo;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
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

class StoredDocumentTypeTest {

    private final StoredDocumentType type = new StoredDocumentType();

    @Test
    void documentsOfEveryKindTheServerStoresReadBackFromThePageEqualOneAfterTheOther() {
        Document everything = new Document("_id", "lysychansk:record-1")
                .append("int", 7).append("long", 1L << 40).append("double", -0.5).append("text", "Лисичанськ")
                .append("yes", true).append("nothing", null).append("at", Instant.ofEpochMilli(1_640_995_199_000L))
                .append("objectId", new ObjectId()).append("uuid", UUID.randomUUID())
                .append("binary", new BinData(new byte[] {1, 2, 3}))
                .append("decimal", new Decimal128(new BigDecimal("12.50")))
                .append("nested", new Document("list", List.of(1, "two", new Document("three", 3.0))));
        Document small = new Document("_id", 2L);

        ByteBuffer page = written(StoredDocumentType.encode(everything), StoredDocumentType.encode(small));

        assertThat(StoredDocumentType.decode(type.read(page))).isEqualTo(everything);
        assertThat(StoredDocumentType.decode(type.read(page))).isEqualTo(small);
        assertThat(page.hasRemaining()).isFalse();
    }

    @Test
    void aDocumentIsStoredAsItsBsonAfterAMarkerAndWeighsWhatItsBytesDo() {
        Document document = new Document("_id", "nizhyn:act-7").append("facts", new BinData(new byte[300]));
        ByteBuf bson = Unpooled.buffer();
        BsonEncoder.encodeDocument(document, bson);
        byte[] expected = new byte[bson.readableBytes()];
        bson.readBytes(expected);

        byte[] stored = StoredDocumentType.encode(document);

        assertThat(stored[0]).isEqualTo((byte) 1);
        assertThat(Arrays.copyOfRange(stored, 1, stored.length)).isEqualTo(expected);
        assertThat(type.getMemory(stored)).isBetween(stored.length, stored.length + 32);
    }

    @Test
    void eachReadIsANewDocumentSoAChangeToOneReadDoesNotReachTheStoredBytes() {
        byte[] stored = StoredDocumentType.encode(new Document("_id", 1).append("name", "Лисичанськ"));

        Document read = StoredDocumentType.decode(stored);
        read.put("name", "changed");

        assertThat(StoredDocumentType.decode(stored)).isEqualTo(new Document("_id", 1).append("name", "Лисичанськ"));
    }

    @Test
    void aValueBsonCannotCarryIsKeptJavaSerializedInsteadOfFailingTheWrite() {
        Document unusual = new Document("_id", 1).append("when", new Date(0)).append("after", "x");

        ByteBuffer page = written(StoredDocumentType.encode(unusual), StoredDocumentType.encode(new Document("_id", 2)));

        assertThat(StoredDocumentType.decode(type.read(page))).isEqualTo(unusual);
        assertThat(StoredDocumentType.decode(type.read(page))).isEqualTo(new Document("_id", 2));
        assertThat(page.hasRemaining()).isFalse();
    }

    @Test
    void bytesOfAnotherEncodingAreRefusedRatherThanMisread() {
        ByteBuffer foreign = ByteBuffer.wrap(Arrays.copyOf(new byte[] {(byte) 0xAC, (byte) 0xED}, 16));

        assertThatThrownBy(() -> type.read(foreign)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("marker");
        assertThatThrownBy(() -> StoredDocumentType.decode(new byte[] {(byte) 0xAC, (byte) 0xED}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("marker");
    }

    private ByteBuffer written(byte[]... values) {
        WriteBuffer buffer = new WriteBuffer();
        for (byte[] value : values) {
            type.write(buffer, value);
        }
        return buffer.getBuffer().flip();
    }
}
