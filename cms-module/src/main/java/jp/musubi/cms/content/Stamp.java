package jp.musubi.cms.content;

import java.time.Instant;
import java.util.Objects;

/** When and by whom (an account name) something happened. */
public record Stamp(Instant at, String by) {

    /** An account name as recorded on content: the CMS never reads the account tables, so only its shape is checked. */
    public static String accountName(String user) {
        Objects.requireNonNull(user, "user");
        if (user.isBlank() || user.length() > 64) {
            throw new IllegalArgumentException("user must be an account name of 1 to 64 characters");
        }
        return user;
    }
}
