package jp.musubi.cms.editor;

/** A field that the other save and this editor's input have differently (stale edit). */
public record ConflictRow(String label, String stored, String yours) {
}
