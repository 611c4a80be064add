package jp.musubi.cms.event;

import java.util.UUID;

/**
 * Domain events of the CMS, published with Spring's ApplicationEventPublisher inside the
 * business transaction. The workflow module listens (e.g. submitted → start content-publication);
 * cms-module never depends on Flowable.
 */
public sealed interface ContentEvent permits ContentSubmittedEvent, ContentPublishedEvent, ContentUnpublishedEvent {

    UUID itemId();

    String workspace();

    String name();
}
