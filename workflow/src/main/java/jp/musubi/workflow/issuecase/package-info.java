/**
 * The issue-to-matching case: intake, handling decision, call for proposals, selection and
 * matching.
 */
@ApplicationModule(
        displayName = "Issue cases",
        allowedDependencies = {
                "cms.asset",
                "cms.common",
                "cms.content",
                "cms.demo",
                "cms.feature",
                "cms.forms",
                "cms.input",
                "cms.mail::notification",
                "cms.publication",
                "cms.site",
                "workflow.account",
                "workflow.delegate",
                "workflow.inbox",
                "workflow.membership",
                "workflow.task"})
package jp.musubi.workflow.issuecase;

import org.springframework.modulith.ApplicationModule;
