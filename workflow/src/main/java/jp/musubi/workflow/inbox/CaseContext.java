package jp.musubi.workflow.inbox;

import java.util.List;

/**
 * What the inbox shows about the case a task belongs to.
 *
 * @param title      the case's title (issue title, inquiry subject, item title…), searched by the inbox filter
 * @param subtitle   one short line under the title (municipality, applicant…), or null
 * @param facts      the case summary on the task page
 * @param documents  links to the case's documents
 * @param reviewPath for a publication approval, the editor's diff fragment of the submitted revision, else null
 */
public record CaseContext(String title, String subtitle, List<CaseFact> facts, List<CaseDocument> documents,
                          String reviewPath) {

    public CaseContext {
        facts = List.copyOf(facts);
        documents = List.copyOf(documents);
    }

    public static CaseContext of(String title, String subtitle, List<CaseFact> facts) {
        return new CaseContext(title, subtitle, facts, List.of(), null);
    }
}
