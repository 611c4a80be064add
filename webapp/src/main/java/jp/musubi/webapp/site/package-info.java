/** The public forms (会員登録, 問合せ, DX相談) that start processes. */
@ApplicationModule(
        displayName = "Public forms",
        allowedDependencies = {
                "cms.mail::address",
                "cms.site",
                "workflow.consultation",
                "workflow.inquiry",
                "workflow.membership"})
package jp.musubi.webapp.site;

import org.springframework.modulith.ApplicationModule;
