/**
 * Messages of the reporting service, as one record per file. It owns no aggregates: here live the queries
 * for activity reports, metric time series and audit history with their results, the commands and events
 * that record historical baselines for periods before the platform, and those that start projection
 * rebuilds and report their progress.
 */
package ua.hromada.reporting.api;
