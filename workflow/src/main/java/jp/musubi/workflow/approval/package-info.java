/**
 * Four-eyes approval of web posts: the publication process and its delegates, and the recorded
 * outcome the CMS reads through cms.publication's {@code PublicationReviews}.
 */
@ApplicationModule(
        displayName = "Publication approval",
        allowedDependencies = {
                "cms.audit",
                "cms.common",
                "cms.content",
                "cms.event",
                "cms.input",
                "cms.mail::notification",
                "cms.newsletter",
                "cms.publication",
                "contenttypes.definition",
                "workflow.account",
                "workflow.delegate",
                "workflow.inbox",
                "workflow.task"})
package jp.musubi.workflow.approval;

import org.springframework.modulith.ApplicationModule;
