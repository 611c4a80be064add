package jp.musubi.cms.forms;

import java.util.Optional;

/**
 * Forms of one kind, one per item: {@code /events/{name}/apply} is each event's application form, its fields
 * set per event. The shared {@link SiteFormController} runs each form it returns like the fixed ones (input →
 * confirmation → done, honeypot, rate limit); the form's {@link SiteForm#path()} is {@code events/{name}/apply}.
 */
public interface SiteFormFamily {

    /** The first path segment, e.g. {@code events}; the controller answers only the families it names. */
    String prefix();

    /** The form of one item, or empty (then 404) when there is none or it does not take sends. */
    Optional<SiteForm> form(String name);
}
