/**
 * The published-response cache: anonymous GET and HEAD of the public pages and the delivery API
 * answered from memory (rendered bytes and a gzip copy), invalidated by the content change log.
 */
@ApplicationModule(displayName = "Published-response cache", allowedDependencies = {"cms.common", "cms.content"})
package jp.musubi.cms.pagecache;

import org.springframework.modulith.ApplicationModule;
