/** DX consultation requests (DX相談) received from the public form ({@code /consultation}). */
@ApplicationModule(
        displayName = "Consultation",
        allowedDependencies = {"cms.common", "cms.forms", "cms.input", "cms.mail::address"})
package jp.musubi.workflow.consultation;

import org.springframework.modulith.ApplicationModule;
