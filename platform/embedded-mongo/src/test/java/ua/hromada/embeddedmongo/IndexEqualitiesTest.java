package ua.hromada.embeddedmongo;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class IndexEqualitiesTest {

    private static final List<IndexKey> ID = List.of(new IndexKey("_id", true));
    private static final List<IndexKey> STREAM = List.of(new IndexKey("aggregateId", true), new IndexKey("seq", true));

    @Test
    void equalitiesAtTheTopLevelOrInsideAnAndNameTheIndexedDocuments() {
        assertThat(IndexEqualities.of(ID, new Document("_id", "a").append("v", 3))).isEqualTo(new Document("_id", "a"));
        assertThat(IndexEqualities.of(ID, new Document("$and", List.of(new Document("_id", "a"),
                new Document("$or", List.of(new Document("owner", "n1"), new Document("owner", null)))))))
                .isEqualTo(new Document("_id", "a"));
        assertThat(IndexEqualities.of(STREAM, new Document("$and", List.of(new Document("aggregateId", "x"),
                new Document("$and", List.of(new Document("seq", 4L), new Document("v", 1)))))))
                .isEqualTo(new Document("aggregateId", "x").append("seq", 4L));
    }

    @Test
    void conditionsThatDoNotFixEveryIndexedFieldToOneValueNameNothing() {
        assertThat(IndexEqualities.of(ID, new Document("v", 3))).isNull();
        assertThat(IndexEqualities.of(ID, new Document("_id", new Document("$gte", "a")))).isNull();
        assertThat(IndexEqualities.of(ID, new Document("_id", List.of("a", "b")))).isNull();
        assertThat(IndexEqualities.of(ID, new Document("_id", null))).isNull();
        assertThat(IndexEqualities.of(ID, new Document("_id", Pattern.compile("^a")))).isNull();
        assertThat(IndexEqualities.of(ID, new Document("$or", List.of(new Document("_id", "a"),
                new Document("_id", "b"))))).isNull();
        assertThat(IndexEqualities.of(STREAM, new Document("aggregateId", "x"))).isNull();
    }
}
