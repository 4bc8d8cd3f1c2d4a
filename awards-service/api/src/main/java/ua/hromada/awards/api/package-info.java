/**
 * Messages of the awards service, as one record per file: commands, events and queries for a council's
 * catalogue of award types, award petitions and their way through the awards commission kept in
 * registry-service (submitted, on the agenda, approved, rejected, expired), and award grants, with or
 * without a petition.
 */
package ua.hromada.awards.api;
