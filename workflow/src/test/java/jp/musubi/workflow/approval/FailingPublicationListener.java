package jp.musubi.workflow.approval;

import jp.musubi.cms.event.ContentPublishedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test-only: a listener that fails inside the publication's transaction for items whose name starts
 * with {@value #PREFIX} (e.g. a downstream system refusing the change), to show that the failure
 * rolls back the approval step with it. Other items are not affected.
 */
@Component
class FailingPublicationListener {

    static final String PREFIX = "publish-fails-";

    @EventListener
    void onPublished(ContentPublishedEvent published) {
        if (published.name().startsWith(PREFIX)) {
            throw new IllegalStateException("test: publication of " + published.name() + " refused downstream");
        }
    }
}
