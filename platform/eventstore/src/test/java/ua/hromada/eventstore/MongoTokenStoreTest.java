package ua.hromada.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.testing.MongoDatabases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MongoTokenStoreTest {

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private MongoTokenStore nodeA;
    private MongoTokenStore nodeB;

    @BeforeEach
    void twoNodesSharingOneDatabase() {
        MongoDatabase database = mongo.fresh();
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        nodeA = new MongoTokenStore(database, "tokens", EventStoreTestSupport.SERIALIZER, Duration.ofSeconds(10), "node-a", clock);
        nodeB = new MongoTokenStore(database, "tokens", EventStoreTestSupport.SERIALIZER, Duration.ofSeconds(10), "node-b", clock);
    }

    @Test
    void initializesSegmentsOnceAndStoresTokensUnderAClaim() {
        nodeA.initializeTokenSegments("ledger", 2, new GlobalSequenceTrackingToken(0));

        assertThat(nodeA.fetchSegments("ledger")).containsExactly(0, 1);
        assertThatThrownBy(() -> nodeB.initializeTokenSegments("ledger", 2)).isInstanceOf(UnableToClaimTokenException.class);
        assertThat(nodeA.fetchToken("ledger", 0)).isEqualTo(new GlobalSequenceTrackingToken(0));
        nodeA.storeToken(new GlobalSequenceTrackingToken(42), "ledger", 0);
        assertThat(nodeA.fetchToken("ledger", 0)).isEqualTo(new GlobalSequenceTrackingToken(42));
    }

    @Test
    void aClaimedSegmentIsRefusedToOtherNodesUntilReleasedOrExpired() {
        nodeA.initializeTokenSegments("ledger", 1);
        nodeA.fetchToken("ledger", 0);

        assertThatThrownBy(() -> nodeB.fetchToken("ledger", 0)).isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> nodeB.storeToken(new GlobalSequenceTrackingToken(1), "ledger", 0))
                .isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> nodeB.extendClaim("ledger", 0)).isInstanceOf(UnableToClaimTokenException.class);
        assertThat(nodeB.fetchAvailableSegments("ledger")).isEmpty();

        nodeA.releaseClaim("ledger", 0);
        assertThat(nodeB.fetchAvailableSegments("ledger")).containsExactly(Segment.ROOT_SEGMENT);
        nodeB.fetchToken("ledger", 0);
        assertThatThrownBy(() -> nodeA.fetchToken("ledger", 0)).isInstanceOf(UnableToClaimTokenException.class);

        now.set(now.get().plusSeconds(11));
        assertThat(nodeA.fetchToken("ledger", 0)).isNull();
        assertThatThrownBy(() -> nodeB.extendClaim("ledger", 0)).isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void extendingAClaimKeepsItFromExpiring() {
        nodeA.initializeTokenSegments("ledger", 1);
        nodeA.fetchToken("ledger", 0);
        now.set(now.get().plusSeconds(8));
        nodeA.extendClaim("ledger", 0);
        now.set(now.get().plusSeconds(8));

        assertThatThrownBy(() -> nodeB.fetchToken("ledger", 0)).isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void segmentsCanBeAddedAndDeletedForSplitAndMerge() {
        nodeA.initializeTokenSegments("ledger", 1);
        nodeA.initializeSegment(new GlobalSequenceTrackingToken(7), "ledger", 1);
        assertThatThrownBy(() -> nodeA.initializeSegment(null, "ledger", 1)).isInstanceOf(UnableToInitializeTokenException.class);
        assertThat(nodeA.fetchSegments("ledger")).containsExactly(0, 1);

        nodeA.fetchToken("ledger", 1);
        assertThatThrownBy(() -> nodeB.deleteToken("ledger", 1)).isInstanceOf(UnableToClaimTokenException.class);
        nodeA.deleteToken("ledger", 1);
        assertThat(nodeA.fetchSegments("ledger")).containsExactly(0);
        assertThatThrownBy(() -> nodeA.fetchToken("ledger", 5)).isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void theStorageIdentifierIsStableAcrossNodes() {
        assertThat(nodeA.retrieveStorageIdentifier()).isPresent().isEqualTo(nodeB.retrieveStorageIdentifier());
        assertThat(nodeA.requiresExplicitSegmentInitialization()).isTrue();
    }
}
