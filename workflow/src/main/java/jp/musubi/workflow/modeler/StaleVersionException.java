package jp.musubi.workflow.modeler;

/** Someone deployed a newer version after the user checked theirs against an older one. */
public class StaleVersionException extends RuntimeException {

    private final int latestVersion;

    public StaleVersionException(int latestVersion) {
        super("Latest version is now " + latestVersion);
        this.latestVersion = latestVersion;
    }

    public int latestVersion() {
        return latestVersion;
    }
}
