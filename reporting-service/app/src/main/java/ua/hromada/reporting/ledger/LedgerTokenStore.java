package ua.hromada.reporting.ledger;

import java.util.List;
import java.util.Optional;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;

/**
 * The token store of one ledger generation's processor: it stores the token the generation's projection allows
 * ({@link FactLedgerProjection#tokenToStore}), so that while the ledger's writes are deferred the stored token stays
 * at the last batch after which everything was stored. Whoever claims the processor next — this instance after a
 * failure, another after a crash — replays from there. Everything else is the service's token store.
 */
final class LedgerTokenStore implements TokenStore {

    private final TokenStore tokens;
    private final FactLedgerProjection projection;

    LedgerTokenStore(TokenStore tokens, FactLedgerProjection projection) {
        this.tokens = tokens;
        this.projection = projection;
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        Optional<TrackingToken> allowed = projection.tokenToStore(token);
        if (allowed.isPresent()) {
            tokens.storeToken(allowed.get(), processorName, segment);
        } else {
            tokens.extendClaim(processorName, segment);
        }
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        tokens.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        tokens.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        return tokens.fetchToken(processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        return tokens.fetchToken(processorName, segment);
    }

    @Override
    public void extendClaim(String processorName, int segment) throws UnableToClaimTokenException {
        tokens.extendClaim(processorName, segment);
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        tokens.releaseClaim(processorName, segment);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        tokens.initializeSegment(token, processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        tokens.deleteToken(processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return tokens.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return tokens.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return tokens.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return tokens.retrieveStorageIdentifier();
    }
}
