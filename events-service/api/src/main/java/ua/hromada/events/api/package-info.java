/**
 * Messages of the events service, as one record per file: commands, events and queries for public events
 * (ceremonies, rallies, festivals, monitored events of organisations, with their organiser and level),
 * meetings and sessions staff attended, trainings and seminars, and speechwriting (scenario plans, speeches,
 * greetings and where they were published), including the messages by which a public event asks
 * media-service for press coverage and records the outcome.
 */
package ua.hromada.events.api;
