package ua.hromada.reporting;

import ua.hromada.testing.ServiceBasicsContract;

/** Reporting service has no features yet; it keeps the promises every service makes. */
class ReportingServiceIT extends ServiceBasicsContract {

    @Override
    protected String apiPrefix() {
        return "/api/reports";
    }
}
