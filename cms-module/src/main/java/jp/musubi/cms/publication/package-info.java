/** Publishing and unpublishing content items, including scheduled publication. */
// Known debt: PublicationService and ScheduledPublisher still use cms.content's ContentRepository and
// ContentChangeWriter (the publication state is on the content row); a ContentService API for it is a later step.
@ApplicationModule(
        displayName = "Publication",
        allowedDependencies = {"cms.common", "cms.content", "cms.demo", "cms.event", "contenttypes.definition"})
package jp.musubi.cms.publication;

import org.springframework.modulith.ApplicationModule;
