package jp.musubi.cms.content;

import java.time.Instant;

/** When and by whom (an account name) something happened. */
public record Stamp(Instant at, String by) {
}
