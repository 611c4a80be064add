package jp.musubi.cms.forms;

import java.util.List;
import java.util.Map;

import jp.musubi.cms.input.InputRefused;

/**
 * A public form that starts a process: its fields, texts, and what sending it does. The shared
 * {@link SiteFormController} runs every form the same way: input → confirmation → done.
 */
public interface SiteForm {

    /** The form's path segment: /join, /contact, /consultation. */
    String path();

    String title();

    /** Shown above the fields. */
    String introduction();

    /** Shown on the completion page. */
    String completion();

    List<FormField> fields();

    /** Values to start with from the query string (e.g. a prefilled subject); only this form's fields. */
    default Map<String, String> prefill(Map<String, String> query) {
        return Map.of();
    }

    /** A note shown above the form for the query it was opened with (e.g. the issue a visitor wants to propose to). */
    default String notice(Map<String, String> query) {
        return null;
    }

    /**
     * Another form a visitor of this one may want instead, linked under the introduction (e.g. the
     * consultation form leads a non-member to consult and apply for membership at once); null for none.
     */
    default Related related() {
        return null;
    }

    /** @param lead the sentence before the link; @param label the link's text; @param path an application path */
    record Related(String lead, String label, String path) {
    }

    /**
     * The field holding the sender's mail address, to which the receipt (受付のお知らせ) goes after a
     * successful send; null for no receipt.
     */
    default String receiptField() {
        return null;
    }

    /**
     * Sends the checked values to the workflow service.
     *
     * @throws jp.musubi.cms.input.InputRefused with a Japanese message per field when the service refuses them
     */
    void submit(Map<String, String> values);

    /**
     * Sends as {@link #submit} and returns the completion text to show and mail, which may depend on what the
     * service did with the send (an event application accepted or waitlisted); by default {@link #completion()}.
     */
    default String send(Map<String, String> values) {
        submit(values);
        return completion();
    }
}
