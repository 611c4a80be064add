/**
 * The audit log (監査ログ): who saw, exported or changed personal data, who approved what and who
 * changed whose roles — when and from which address. Low in the module graph so every feature can
 * record through {@link jp.musubi.cms.audit.AuditLog}; searched by ADMIN at {@code /admin/audit}; kept
 * {@code musubi.audit.retention} (5 years) and purged daily after that.
 */
@ApplicationModule(
        displayName = "Audit log",
        allowedDependencies = {"cms.common", "cms.site"})
package jp.musubi.cms.audit;

import org.springframework.modulith.ApplicationModule;
