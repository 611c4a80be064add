/**
 * Suggestions of member organizations for a described need (a consultation's organized issue, a
 * municipal issue in its selection step): BM25 with Kuromoji over published seeds and member
 * profiles, re-ranked by maximal marginal relevance with at most one item per organization in the
 * top five; and the exposure record of how often each organization was suggested and introduced.
 */
@ApplicationModule(
        displayName = "Suggestion",
        allowedDependencies = {"cms.common", "cms.content"})
package jp.musubi.cms.suggestion;

import org.springframework.modulith.ApplicationModule;
