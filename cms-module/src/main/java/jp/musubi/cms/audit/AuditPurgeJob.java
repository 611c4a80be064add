package jp.musubi.cms.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily purge (musubi.audit.purge-cron, Asia/Tokyo): deletes entries older than
 * musubi.audit.retention, logs how many, and records the purge itself in the log. On several nodes
 * each runs it; the delete is idempotent, so the second finds nothing (and records nothing).
 */
@Component
class AuditPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(AuditPurgeJob.class);
    static final String SYSTEM = "system";

    private final AuditLog audit;
    private final AuditProperties properties;

    AuditPurgeJob(AuditLog audit, AuditProperties properties) {
        this.audit = audit;
        this.properties = properties;
    }

    @Scheduled(cron = "${musubi.audit.purge-cron:0 30 3 * * *}", zone = "Asia/Tokyo")
    void purgeDaily() {
        purge();
    }

    /** @return how many entries were deleted */
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
