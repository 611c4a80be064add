package jp.musubi.cms.editor;

/** The input a property gets on the generated form; the template renders each one. */
public enum Widget {
    TEXT, TEXTAREA, SELECT, CHECKBOXES, TAGS, LINES, RICH_TEXT, CHECKBOX, NUMBER, DATE, DATE_TIME, ASSET, REFERENCE,
    SUB_MODEL, READ_ONLY
}
