package jp.musubi.cms.handover;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code musubi.handover.*}.
 *
 * @param importFrom a handover archive to import at start-up into this empty installation, after which
 *                   the application ends (unset: a normal start)
 */
@ConfigurationProperties("musubi.handover")
public record HandoverProperties(Path importFrom) {
}
