package ua.hromada.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Axon token store in MongoDB with claims: one document per processor segment holding the serialized token, the
 * owner's node id and when it last claimed it. A claim older than the claim timeout may be stolen, so segments of
 * a pooled streaming processor move to another JVM when their owner dies.
 *
 * <p>Every claim change is one conditional update of one document, atomic on any MongoDB-compatible server.
 */
public class MongoTokenStore implements TokenStore {

    private static final String ID = "_id";
    private static final String PROCESSOR = "processorName";
    private static final String SEGMENT = "segment";
    private static final String TOKEN = "token";
    private static final String TOKEN_TYPE = "tokenType";
    private static final String OWNER = "owner";
    private static final String CLAIMED_AT = "claimedAt";
    private static final String STORAGE_IDENTIFIER_ID = "__storage_identifier";

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    private final Duration claimTimeout;
    private final String nodeId;
    private final Clock clock;

    public MongoTokenStore(MongoDatabase database, String collectionName, Serializer serializer, Duration claimTimeout,
                           String nodeId, Clock clock) {
        this.tokens = database.getCollection(collectionName).withWriteConcern(WriteConcern.MAJORITY);
        this.serializer = serializer;
        this.claimTimeout = claimTimeout;
        this.nodeId = nodeId;
        this.clock = clock;
    }

    public MongoTokenStore(MongoDatabase database, Serializer serializer) {
        this(database, "tokens", serializer, Duration.ofSeconds(10), defaultNodeId(), Clock.systemUTC());
    }

    /** Process name and a random suffix: two JVMs on one host must never share an owner id. */
    public static String defaultNodeId() {
        return ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String nodeId() {
        return nodeId;
    }

    private static String id(String processorName, int segment) {
        return processorName + "/" + segment;
    }

    private long now() {
        return clock.millis();
    }

    private Bson claimableBy(String processorName, int segment) {
        return Filters.and(
                Filters.eq(ID, id(processorName, segment)),
                Filters.or(Filters.eq(OWNER, nodeId), Filters.eq(OWNER, null),
                           Filters.lt(CLAIMED_AT, now() - claimTimeout.toMillis())));
    }

    private Bson ownedByMe(String processorName, int segment) {
        return Filters.and(Filters.eq(ID, id(processorName, segment)), Filters.eq(OWNER, nodeId));
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) throws UnableToClaimTokenException {
        initializeTokenSegments(processorName, segmentCount, null);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken)
            throws UnableToClaimTokenException {
        if (fetchSegments(processorName).length > 0) {
            throw new UnableToClaimTokenException("Could not initialize segments of " + processorName
                    + ": some tokens were already present");
        }
        for (int segment = 0; segment < segmentCount; segment++) {
            insertSegment(initialToken, processorName, segment, null);
        }
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment)
            throws UnableToInitializeTokenException {
        try {
            insertSegment(token, processorName, segment, null);
        } catch (UnableToClaimTokenException e) {
            throw new UnableToInitializeTokenException("Segment " + segment + " of " + processorName + " already exists");
        }
    }

    private void insertSegment(TrackingToken token, String processorName, int segment, String owner) {
        Document document = new Document(ID, id(processorName, segment))
                .append(PROCESSOR, processorName)
                .append(SEGMENT, segment)
                .append(OWNER, owner)
                .append(CLAIMED_AT, owner == null ? 0L : now());
        writeToken(document, token);
        try {
            tokens.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new UnableToClaimTokenException("Segment " + segment + " of " + processorName + " already exists");
            }
            throw e;
        }
    }

    private void writeToken(Document document, TrackingToken token) {
        if (token == null) {
            document.append(TOKEN, null).append(TOKEN_TYPE, null);
        } else {
            SerializedObject<String> serialized = serializer.serialize(token, String.class);
            document.append(TOKEN, serialized.getData()).append(TOKEN_TYPE, serialized.getType().getName());
        }
    }

    private TrackingToken readToken(Document document) {
        String type = document.getString(TOKEN_TYPE);
        if (type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(document.getString(TOKEN), String.class, type, null));
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) throws UnableToClaimTokenException {
        Document update = new Document(OWNER, nodeId).append(CLAIMED_AT, now());
        writeToken(update, token);
        Document stored = tokens.findOneAndUpdate(claimableBy(processorName, segment), new Document("$set", update));
        if (stored == null) {
            if (segmentExists(processorName, segment)) {
                throw new UnableToClaimTokenException(claimedElsewhere(processorName, segment));
            }
            insertSegment(token, processorName, segment, nodeId);
        }
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) throws UnableToClaimTokenException {
        Document claimed = tokens.findOneAndUpdate(
                claimableBy(processorName, segment),
                Updates.combine(Updates.set(OWNER, nodeId), Updates.set(CLAIMED_AT, now())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (claimed == null) {
            if (segmentExists(processorName, segment)) {
                throw new UnableToClaimTokenException(claimedElsewhere(processorName, segment));
            }
            throw new UnableToClaimTokenException("Segment " + segment + " of " + processorName + " does not exist");
        }
        return readToken(claimed);
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) throws UnableToClaimTokenException {
        int[] segments = fetchSegments(processorName);
        // a segment that was split or merged meanwhile no longer matches what the caller believes it owns
        if (Arrays.stream(segments).noneMatch(id -> id == segment.getSegmentId())
                || !Segment.computeSegment(segment.getSegmentId(), segments).equals(segment)) {
            throw new UnableToClaimTokenException("Segment " + segment + " of " + processorName + " has been split or merged");
        }
        return fetchToken(processorName, segment.getSegmentId());
    }

    @Override
    public void extendClaim(String processorName, int segment) throws UnableToClaimTokenException {
        long updated = tokens.updateOne(ownedByMe(processorName, segment), Updates.set(CLAIMED_AT, now())).getMatchedCount();
        if (updated == 0) {
            throw new UnableToClaimTokenException(claimedElsewhere(processorName, segment));
        }
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        tokens.updateOne(ownedByMe(processorName, segment),
                         Updates.combine(Updates.set(OWNER, null), Updates.set(CLAIMED_AT, 0L)));
    }

    @Override
    public void deleteToken(String processorName, int segment) throws UnableToClaimTokenException {
        if (tokens.deleteOne(ownedByMe(processorName, segment)).getDeletedCount() == 0) {
            throw new UnableToClaimTokenException(claimedElsewhere(processorName, segment));
        }
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return true;
    }

    @Override
    public int[] fetchSegments(String processorName) {
        List<Document> found = new ArrayList<>();
        tokens.find(Filters.eq(PROCESSOR, processorName)).into(found);
        return found.stream().mapToInt(d -> d.getInteger(SEGMENT)).sorted().toArray();
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        List<Document> found = new ArrayList<>();
        tokens.find(Filters.eq(PROCESSOR, processorName)).into(found);
        int[] all = found.stream().mapToInt(d -> d.getInteger(SEGMENT)).sorted().toArray();
        long expiredBefore = now() - claimTimeout.toMillis();
        return found.stream()
                .filter(d -> d.get(OWNER) == null || nodeId.equals(d.getString(OWNER))
                        || ((Number) d.get(CLAIMED_AT)).longValue() < expiredBefore)
                .map(d -> Segment.computeSegment(d.getInteger(SEGMENT), all))
                .toList();
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        Document existing = tokens.find(Filters.eq(ID, STORAGE_IDENTIFIER_ID)).first();
        if (existing == null) {
            try {
                tokens.insertOne(new Document(ID, STORAGE_IDENTIFIER_ID).append(TOKEN, UUID.randomUUID().toString()));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            existing = tokens.find(Filters.eq(ID, STORAGE_IDENTIFIER_ID)).first();
        }
        return Optional.of(existing.getString(TOKEN));
    }

    private boolean segmentExists(String processorName, int segment) {
        return tokens.find(Filters.eq(ID, id(processorName, segment))).first() != null;
    }

    private static String claimedElsewhere(String processorName, int segment) {
        return "Segment " + segment + " of " + processorName + " is claimed by another node";
    }
}
