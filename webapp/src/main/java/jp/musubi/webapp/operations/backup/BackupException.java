package jp.musubi.webapp.operations.backup;

/** A backup or restore that cannot go on; the message (Japanese) is what the operator reads. */
class BackupException extends RuntimeException {

    BackupException(String message) {
        super(message);
    }

    BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
