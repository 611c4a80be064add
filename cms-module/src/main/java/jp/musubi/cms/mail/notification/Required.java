package jp.musubi.cms.mail.notification;

/** Argument checks shared by the notification records: a mail with a blank name or address is a bug. */
final class Required {

    private Required() {
    }

    static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** Optional free text: blank means none. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
