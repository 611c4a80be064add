package jp.musubi.cms.handover;

/** An import that was refused before anything changed; the message is Japanese, for the operator. */
public class HandoverRefusedException extends RuntimeException {

    public HandoverRefusedException(String message) {
        super(message);
    }
}
