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
import java.nio.ByteOrder;

/**
 * A collection's documents in H2's pages and cache as the bytes the file holds — BSON, the encoding they arrived in —
 * instead of mongo-java-server's {@link Document}s: a document is decoded each time it is read ({@link #decode}) and
 * encoded once when it is stored ({@link #encode}).
 *
 * <p>H2 caches the pages it reads and writes. Holding them decoded, a cache of an eighth of the heap (weighed by
 * encoded size) took some 3.5 GB of small objects in the reporting benchmark, which G1 marked and copied without end:
 * more than half of the embedded server's CPU in a rebuild of a million events went to the collector. As byte arrays
 * the cache holds about its weight, and they have no references to mark. H2 also writes a changed page whole, which
 * with decoded documents meant encoding every document of the page again.
 *
 * <p>Each value starts with a marker byte. A document holding a value BSON cannot carry (the server only stores what
 * it decoded from BSON or computed from such values, so this is not expected) is kept Java-serialized, as H2 would,
 * rather than failing the write.
 */
final class StoredDocumentType extends BasicDataType<byte[]> {

    private static final byte BSON = 1;
    private static final byte JAVA_SERIALIZED = 2;
    /** What H2 counts for an array besides its bytes: its header and the reference to it. */
    private static final int ARRAY_OVERHEAD = 24;
    /** An encoding buffer per storing thread; not kept when it grew large. */
    private static final int KEPT_BUFFER_BYTES = 1 << 20;
    private static final ThreadLocal<ByteBuf> ENCODING = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));
    private static final ObjectDataType FALLBACK = new ObjectDataType();

    StoredDocumentType() {
    }

    /** {@code document} as this type stores it. */
    static byte[] encode(Document document) {
        ByteBuf buffer = ENCODING.get();
        buffer.clear().writeByte(BSON);
        try {
            BsonEncoder.encodeDocument(document, buffer);
        } catch (IllegalArgumentException notBson) {
            WriteBuffer serialized = new WriteBuffer().put(JAVA_SERIALIZED);
            FALLBACK.write(serialized, document);
            ByteBuffer written = serialized.getBuffer().flip();
            byte[] stored = new byte[written.remaining()];
            written.get(stored);
            return stored;
        }
        byte[] stored = new byte[buffer.readableBytes()];
        buffer.readBytes(stored);
        if (buffer.capacity() > KEPT_BUFFER_BYTES) {
            ENCODING.remove();
        }
        return stored;
    }

    /** The document that {@link #encode} stored as {@code stored}: a new one at each call, the caller's to change. */
    static Document decode(byte[] stored) {
        return switch (stored[0]) {
            case BSON -> BsonDecoder.decodeBson(Unpooled.wrappedBuffer(stored, 1, stored.length - 1));
            case JAVA_SERIALIZED -> (Document) FALLBACK.read(ByteBuffer.wrap(stored, 1, stored.length - 1));
            default -> throw notStoredHere(stored[0]);
        };
    }

    @Override
    public int getMemory(byte[] stored) {
        // what H2 weighs a cached page by
        return stored.length + ARRAY_OVERHEAD;
    }

    @Override
    public void write(WriteBuffer target, byte[] stored) {
        target.put(stored);
    }

    @Override
    public byte[] read(ByteBuffer source) {
        int start = source.position();
        byte marker = source.get();
        switch (marker) {
            case BSON -> {
                // a BSON document starts with its length, little-endian, itself included
                int length = source.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(start + 1);
                source.position(start + 1 + length);
            }
            case JAVA_SERIALIZED -> FALLBACK.read(source);
            default -> throw notStoredHere(marker);
        }
        byte[] stored = new byte[source.position() - start];
        source.get(start, stored);
        return stored;
    }

    @Override
    public byte[][] createStorage(int size) {
        return new byte[size][];
    }

    private static IllegalStateException notStoredHere(byte marker) {
        return new IllegalStateException("Not a document of this store's encoding (marker " + marker + ")");
    }
}
