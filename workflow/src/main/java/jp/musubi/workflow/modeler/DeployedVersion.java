package jp.musubi.workflow.modeler;

/** The version a modeler deployment created. */
public record DeployedVersion(String key, int version, String definitionId, String deploymentId) {
}
