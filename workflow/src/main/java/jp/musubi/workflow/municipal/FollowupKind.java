package jp.musubi.workflow.municipal;

/** What a matched municipality records about a partner after the matching. */
public enum FollowupKind {
    CONSULTATION_STARTED(MunicipalTexts.TEXTS.get("municipal.followup.consultationStarted")),
    DEMONSTRATION_CONSIDERED(MunicipalTexts.TEXTS.get("municipal.followup.demonstrationConsidered"));

    private final String label;

    FollowupKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
