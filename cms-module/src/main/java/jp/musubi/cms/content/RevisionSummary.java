package jp.musubi.cms.content;

/**
 * One entry of an item's history.
 *
 * @param current   the latest revision
 * @param published the revision the site shows
 */
public record RevisionSummary(int revision, Stamp created, String comment, boolean current, boolean published) {
}
