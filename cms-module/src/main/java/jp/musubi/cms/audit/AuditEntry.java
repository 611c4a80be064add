package jp.musubi.cms.audit;

import java.time.Instant;

/**
 * One recorded act.
 *
 * @param actor         login ID of who did it ({@code system} for jobs)
 * @param target        what it was done to, e.g. {@code member:member-12}, {@code task:42}, {@code account:sato}
 * @param detail        a short description in Japanese, or null
 * @param remoteAddress the client address of the request, or null when not done through a request
 */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, String target, String detail,
                         String remoteAddress) {
}
