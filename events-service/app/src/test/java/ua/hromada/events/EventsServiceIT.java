package ua.hromada.events;

import ua.hromada.testing.ServiceBasicsContract;

/** Events service has no features yet; it keeps the promises every service makes. */
class EventsServiceIT extends ServiceBasicsContract {

    @Override
    protected String apiPrefix() {
        return "/api/events";
    }
}
