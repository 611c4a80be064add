package jp.musubi.workflow.consultation;

/** The field names of the 情報提供 form: one per suggested organization. */
final class InformFields {

    static final String PREFIX = "company-";

    private InformFields() {
    }

    static String field(String organizationKey) {
        return PREFIX + organizationKey;
    }
}
