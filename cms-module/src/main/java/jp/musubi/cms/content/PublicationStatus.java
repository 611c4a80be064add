package jp.musubi.cms.content;

/**
 * Magnolia's activation states. {@code mgnl:activationStatus} in delivery JSON is the lower-case name
 * ({@code published}, {@code modified}: published but edited since, {@code unpublished}).
 */
public enum PublicationStatus {
    UNPUBLISHED("未公開"),
    MODIFIED("変更あり"),
    PUBLISHED("公開中");

    private final String label;

    PublicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
