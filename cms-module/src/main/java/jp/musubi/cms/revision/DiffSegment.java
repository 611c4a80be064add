package jp.musubi.cms.revision;

/** A run of text that both versions share, or that only the newer (inserted) or older (deleted) one has. */
public record DiffSegment(Kind kind, String text) {

    public enum Kind {
        EQUAL, INSERTED, DELETED
    }

    public boolean inserted() {
        return kind == Kind.INSERTED;
    }

    public boolean deleted() {
        return kind == Kind.DELETED;
    }
}
