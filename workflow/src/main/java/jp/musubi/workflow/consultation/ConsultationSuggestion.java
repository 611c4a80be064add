package jp.musubi.workflow.consultation;

/** One suggestion as staff saw it for a consultation (its place, the organization and why). */
public record ConsultationSuggestion(int position, String organizationKey, String organizationName, String workspace,
                                     String itemName, String itemTitle, String matchedTerms, String highlightedHtml,
                                     String itemPath) {
}
