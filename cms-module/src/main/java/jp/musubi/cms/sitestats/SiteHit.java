package jp.musubi.cms.sitestats;

import java.time.LocalDate;

/** One public page view as queued: already without the address (only its salted hash). */
record SiteHit(LocalDate day, String path, String contentType, String visitorHash, String referrerHost, String searchTerm) {
}
