package ua.hromada.embeddedmongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * A collection's documents in H2's pages as BSON, the encoding they arrived in, instead of H2's default Java
 * serialization of mongo-java-server's {@link Document}. H2 writes a changed page whole, so every insert or update
 * re-encodes a page full of documents, and every page read from the file decodes one: with
 * {@code ObjectOutputStream} that was the largest part of the server's time in the reporting benchmark.
 *
 * <p>Each value starts with a marker byte. A document holding a value BSON cannot carry (the server only stores what
 * it decoded from BSON or computed from such values, so this is not expected) is written Java-serialized, as before,
 * rather than failing the background write that would lose every change since the last one.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    private static final byte BSON = 1;
    private static final byte JAVA_SERIALIZED = 2;
    /** An encoding buffer per writing thread (H2 serializes pages on a few threads); not kept when it grew large. */
    private static final int KEPT_BUFFER_BYTES = 1 << 20;
    private static final ThreadLocal<ByteBuf> ENCODING = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

    private final ObjectDataType fallback = new ObjectDataType();
    private volatile int averageSize = 512;

    BsonDocumentType() {
    }

    @Override
    public int getMemory(Document document) {
        // what H2 weighs a cached page by; an average of the map's encoded sizes, as H2's own serialized type does
        return averageSize;
    }

    @Override
    public void write(WriteBuffer target, Document document) {
        ByteBuf buffer = ENCODING.get();
        buffer.clear();
        try {
            BsonEncoder.encodeDocument(document, buffer);
        } catch (IllegalArgumentException notBson) {
            target.put(JAVA_SERIALIZED);
            fallback.write(target, document);
            return;
        }
        int length = buffer.readableBytes();
        target.put(BSON).put(buffer.array(), buffer.arrayOffset() + buffer.readerIndex(), length);
        averageSize = (length + 15 * averageSize) / 16;
        if (buffer.capacity() > KEPT_BUFFER_BYTES) {
            ENCODING.remove();
        }
    }

    @Override
    public Document read(ByteBuffer source) {
        byte marker = source.get();
        if (marker == JAVA_SERIALIZED) {
            return (Document) fallback.read(source);
        }
        if (marker != BSON) {
            throw new IllegalStateException("Not a document of this store's encoding (marker " + marker + ")");
        }
        ByteBuf bson = Unpooled.wrappedBuffer(source.slice());
        Document document = BsonDecoder.decodeBson(bson);
        source.position(source.position() + bson.readerIndex());
        return document;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
