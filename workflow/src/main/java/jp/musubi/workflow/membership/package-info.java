/**
 * Membership applications (the public form {@code /join}) and admission screening, organizations,
 * member profile changes and withdrawal.
 */
@ApplicationModule(
        displayName = "Membership",
        allowedDependencies = {
                "cms.audit",
                "cms.common",
                "cms.content",
                "cms.demo",
                "cms.forms",
                "cms.input",
                "cms.mail::address",
                "cms.mail::notification",
                "cms.newsletter",
                "cms.publication",
                "cms.revision",
                "cms.site",
                "workflow.account",
                "workflow.delegate",
                "workflow.inbox",
                "workflow.task"})
package jp.musubi.workflow.membership;

import org.springframework.modulith.ApplicationModule;
