package jp.musubi.cms.sitestats;

import java.time.LocalDate;

/**
 * One public page view as queued: already without the address (only its salted hash).
 *
 * @param searchTerm the term of a site search (null when the page was no search)
 * @param searchHits what that search found (0: nothing)
 */
record SiteHit(LocalDate day, String path, String contentType, String visitorHash, String referrerHost, String searchTerm,
               long searchHits) {
}
