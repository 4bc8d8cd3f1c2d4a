/**
 * Messages of the media service, as one record per file: commands, events and queries for media outlets and
 * contracts with them, coverage requests (including those sent for public events of events-service),
 * publications on the council's own channels, audience snapshots, open data sets, press monitoring reviews,
 * situation briefs and website structure work.
 */
package ua.hromada.media.api;
