/**
 * The service-task delegates a diagram may name: each feature contributes a {@link
 * jp.musubi.workflow.delegate.ProcessDelegate} bean for every {@code JavaDelegate} it owns, and the
 * modeler offers (and its safety check accepts) exactly those. Its own module so that the features
 * contribute without depending on the modeler.
 */
@ApplicationModule(
        displayName = "Process delegates",
        allowedDependencies = {})
package jp.musubi.workflow.delegate;

import org.springframework.modulith.ApplicationModule;
