package jp.musubi.cms.content;

import java.util.List;
import java.util.Optional;

/** Reads published revisions only. Implemented by the content store; used by delivery, search and the site. */
public interface PublishedContent {

    Optional<PublishedItem> find(String workspace, String name);

    /** Every published item of a workspace, in no particular order. */
    List<PublishedItem> findAll(String workspace);
}
