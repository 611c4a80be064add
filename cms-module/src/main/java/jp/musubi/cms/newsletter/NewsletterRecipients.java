package jp.musubi.cms.newsletter;

import java.util.List;

/**
 * Who receives the member newsletter: members that asked for it. Implemented by the member
 * registry (workflow module); the CMS never reads those tables itself.
 */
public interface NewsletterRecipients {

    /**
     * The next recipients after {@code afterKey} ({@code null}: from the first), ascending by key
     * in the database's string order, at most {@code limit}. Keyset paging lets a send resume
     * after the last recipient it enqueued.
     */
    List<NewsletterRecipient> after(String afterKey, int limit);

    /** How many recipients there are now. */
    long count();
}
