package jp.musubi.cms.content;

/** A reference from one property path of a revision to an item of another (or the same) workspace. */
public record ReferenceTarget(String property, String workspace, String name) {
}
