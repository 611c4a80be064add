package jp.musubi.workflow.modeler;

/** The modeler edits deployed processes only; this key has none. */
public class UnknownProcessException extends RuntimeException {

    public UnknownProcessException(String key) {
        super("No process definition with key " + key);
    }
}
