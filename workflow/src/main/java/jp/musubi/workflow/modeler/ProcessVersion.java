package jp.musubi.workflow.modeler;

import java.time.Instant;

/**
 * One deployed version of a process.
 *
 * @param deployedBy the user who deployed it from the modeler, or {@code null} for the start-up
 *                   auto-deployment of the product's diagrams
 * @param running    process instances (cases) still running on this version
 */
public record ProcessVersion(String key, String name, int version, String definitionId, String deploymentId,
                             Instant deployedAt, String deployedBy, long running) {
}
