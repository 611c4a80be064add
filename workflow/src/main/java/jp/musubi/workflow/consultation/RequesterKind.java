package jp.musubi.workflow.consultation;

import static jp.musubi.workflow.consultation.ConsultationTexts.TEXTS;

/** Who asks for a consultation. */
public enum RequesterKind {
    MUNICIPALITY(TEXTS.get("consultation.requesterKind.municipality")),
    COMPANY(TEXTS.get("consultation.requesterKind.company")),
    ORGANIZATION(TEXTS.get("consultation.requesterKind.organization")),
    OTHER(TEXTS.get("consultation.requesterKind.other"));

    private final String label;

    RequesterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
