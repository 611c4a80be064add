package jp.musubi.cms.audit;

import java.time.LocalDate;

/**
 * Filters of the audit search; every one optional (null or blank = any).
 *
 * @param actor  login ID, exact (case-insensitive)
 * @param target part of the target
 * @param from   first day (Asia/Tokyo), inclusive
 * @param to     last day (Asia/Tokyo), inclusive
 */
public record AuditQuery(String actor, AuditAction action, String target, LocalDate from, LocalDate to, int page, int size) {

    public AuditQuery {
        actor = blankToNull(actor);
        target = blankToNull(target);
        page = Math.max(0, page);
        size = Math.min(Math.max(1, size), 200);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
