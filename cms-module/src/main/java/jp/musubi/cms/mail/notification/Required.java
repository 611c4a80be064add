package jp.musubi.cms.mail.notification;

/** Argument checks for notice records: a mail with a blank name or address is a bug. */
public final class Required {

    private Required() {
    }

    public static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** Optional free text: blank means none. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
