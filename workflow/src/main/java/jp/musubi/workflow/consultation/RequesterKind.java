package jp.musubi.workflow.consultation;

/** Who asks for a consultation. */
public enum RequesterKind {
    MUNICIPALITY("市町"),
    COMPANY("企業"),
    ORGANIZATION("団体"),
    OTHER("その他");

    private final String label;

    RequesterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
