package ua.hromada.registry.api.act;

import java.time.LocalDate;

/**
 * Everything the register knows about one act, its lifecycle dates included: what an act was recorded with, what
 * a correction replaces and what a withdrawal takes back. An act is a draft while it has a {@code draftedOn} and no
 * {@code adoptedOn}; a {@link ActKind#DRAFT_DECISION draft decision} stays a draft for good.
 *
 * @param number               the registration number, e.g. {@code 154}; an adopted act gets one at the latest
 *                             when it is adopted
 * @param draftedOn            the day the draft was prepared (business date); required for draft decisions
 * @param adoptedOn            the day the act was adopted or signed (business date); required for every kind but
 *                             draft decisions unless the act is still a draft
 * @param publishedOn          the day the act (or, for a draft decision, the draft) was made public
 * @param preparedByDepartment whether the department for internal policy prepared it: reports count the drafts it
 *                             prepared
 */
public record ActDetails(
        ActKind kind,
        String number,
        String title,
        LocalDate draftedOn,
        LocalDate adoptedOn,
        LocalDate publishedOn,
        boolean preparedByDepartment) {
}
