/**
 * Backup and restore commands ({@code --musubi.backup.to}, {@code --musubi.restore.from}): database
 * (H2 {@code BACKUP TO}, PostgreSQL {@code pg_dump}), asset store, newsletter secret and a checksum manifest.
 * Exposed for the application's {@code main}, which runs them instead of the application.
 */
@NamedInterface("backup")
package jp.musubi.webapp.operations.backup;

import org.springframework.modulith.NamedInterface;
