package jp.musubi.workflow.consultation;

import static jp.musubi.workflow.consultation.ConsultationTexts.TEXTS;

/** Who asks for a consultation. */
public enum RequesterKind {
    MUNICIPALITY("consultation.requesterKind.municipality"),
    COMPANY("consultation.requesterKind.company"),
    ORGANIZATION("consultation.requesterKind.organization"),
    OTHER("consultation.requesterKind.other");

    private final String key;

    RequesterKind(String key) {
        this.key = key;
    }

    /** @param localGovernmentTerm the programme's word for its local governments (市町, 市町村) */
    public String label(String localGovernmentTerm) {
        return TEXTS.get(key, localGovernmentTerm);
    }
}
