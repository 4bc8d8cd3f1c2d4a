package ua.hromada.registry.api.commission;

/**
 * One question on a commission meeting's agenda, as the meeting's protocol lists it.
 *
 * @param itemId   the caller's id of the item, unique within the meeting
 * @param title    the question considered
 * @param decision what the commission decided on it, when already known; it may be recorded after the meeting
 */
public record AgendaItem(String itemId, String title, String decision) {
}
