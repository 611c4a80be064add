package jp.musubi.cms.audit;

import java.time.Instant;

import jp.musubi.cms.common.RetentionRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The audit log's retention rule ({@code audit-entries}): the daily retention job deletes entries older
 * than {@code musubi.retention.periods.audit-entries} (which defaults to musubi.audit.retention), and
 * the purge itself is recorded in the log. On several nodes each runs it; the delete is idempotent, so
 * the second finds nothing (and records nothing).
 */
@Component
class AuditPurgeJob implements RetentionRule {

    private static final Logger log = LoggerFactory.getLogger(AuditPurgeJob.class);
    static final String SYSTEM = "system";

    private final AuditLog audit;
    private final AuditProperties properties;

    AuditPurgeJob(AuditLog audit, AuditProperties properties) {
        this.audit = audit;
        this.properties = properties;
    }

    @Override
    public String id() {
        return "audit-entries";
    }

    @Override
    public int eraseBefore(Instant cutoff) {
        int deleted = audit.purgeBefore(cutoff);
        if (deleted > 0) {
            audit.record(SYSTEM, AuditAction.PURGE, "audit_entry",
                    AuditTexts.TEXTS.get("audit.purge.detail", deleted, properties.retention().getYears()), null);
        }
        return deleted;
    }

    /** With musubi.audit.retention counted from today (Asia/Tokyo); @return how many entries were deleted */
    int purge() {
        int deleted = audit.purgeOlderThan(properties.retention());
        log.info("Audit log purge: {} entries older than {} deleted", deleted, properties.retention());
        if (deleted > 0) {
            audit.record(SYSTEM, AuditAction.PURGE, "audit_entry",
                    AuditTexts.TEXTS.get("audit.purge.detail", deleted, properties.retention().getYears()), null);
        }
        return deleted;
    }
}
