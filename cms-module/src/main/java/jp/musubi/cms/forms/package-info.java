/**
 * The public forms' machinery (input → confirmation → done, spam protection); the features whose
 * processes the forms start contribute each form as a {@link jp.musubi.cms.forms.SiteForm} bean.
 */
@ApplicationModule(
        displayName = "Public forms",
        allowedDependencies = {"cms.common", "cms.input", "cms.mail::address", "cms.mail::notification", "cms.site"})
package jp.musubi.cms.forms;

import org.springframework.modulith.ApplicationModule;
