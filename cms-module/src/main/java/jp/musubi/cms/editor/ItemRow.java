package jp.musubi.cms.editor;

/** One line of the editor's item list. */
public record ItemRow(String name, String title, PublicationBadge badge, int revision, String lastModified,
                      String lastModifiedBy) {
}
