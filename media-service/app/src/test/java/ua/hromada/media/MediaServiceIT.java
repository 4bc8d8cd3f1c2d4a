package ua.hromada.media;

import ua.hromada.testing.ServiceBasicsContract;

/** Media service has no features yet; it keeps the promises every service makes. */
class MediaServiceIT extends ServiceBasicsContract {

    @Override
    protected String apiPrefix() {
        return "/api/media";
    }
}
