/** DX consultation requests (DX相談) received from the public form. */
@ApplicationModule(
        displayName = "Consultation",
        allowedDependencies = {"cms.mail::address"})
package jp.musubi.workflow.consultation;

import org.springframework.modulith.ApplicationModule;
