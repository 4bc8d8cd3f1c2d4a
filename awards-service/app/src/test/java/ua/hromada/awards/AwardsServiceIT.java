package ua.hromada.awards;

import ua.hromada.testing.ServiceBasicsContract;

/** Awards service has no features yet; it keeps the promises every service makes. */
class AwardsServiceIT extends ServiceBasicsContract {

    @Override
    protected String apiPrefix() {
        return "/api/awards";
    }
}
