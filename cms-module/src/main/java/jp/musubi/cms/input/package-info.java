/**
 * The one way to refuse input: {@link jp.musubi.cms.input.InputRefused} (one Japanese message per
 * field) and the checks that collect those messages ({@link jp.musubi.cms.input.InputChecks}). A shared
 * kernel for the public forms, the inbox's task forms, the member portal and the services behind them:
 * the modules using it list it in their allowed dependencies.
 */
@ApplicationModule(
        displayName = "Input refusal",
        allowedDependencies = {"cms.mail::address"})
package jp.musubi.cms.input;

import org.springframework.modulith.ApplicationModule;
