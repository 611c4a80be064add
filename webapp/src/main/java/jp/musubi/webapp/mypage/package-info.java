/** マイページ: the user's account, roles and the areas the user may enter. */
@ApplicationModule(
        displayName = "My page",
        allowedDependencies = {"cms.site", "workflow.account"})
package jp.musubi.webapp.mypage;

import org.springframework.modulith.ApplicationModule;
