/**
 * Staff accounts (/admin/accounts): the administrator lists, creates, disables and re-enables accounts of every
 * role; the secretariat does so for the municipal staff's. A new account gets the one-time activation link.
 */
@ApplicationModule(
        displayName = "Staff accounts",
        allowedDependencies = {
                "cms.common",
                "cms.content",
                "cms.demo",
                "cms.input",
                "cms.mail::address",
                "cms.mail::notification",
                "cms.site",
                "workflow.account"})
package jp.musubi.workflow.staffaccount;

import org.springframework.modulith.ApplicationModule;
