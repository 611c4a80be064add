package jp.musubi.cms.content;

/** Small helpers for optional free text such as comments. */
public final class Texts {

    private Texts() {
    }

    /** Null for absent or blank text, otherwise the text without surrounding white space. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
