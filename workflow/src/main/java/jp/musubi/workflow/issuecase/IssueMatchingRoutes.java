package jp.musubi.workflow.issuecase;

import jp.musubi.cms.feature.FeatureRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The routes of issue matching (課題マッチング) this module answers: the non-member's and the member's proposal
 * forms and the proposals' files. A programme without the feature answers them 404.
 */
@Configuration(proxyBeanMethods = false)
class IssueMatchingRoutes {

    @Bean
    FeatureRoutes proposalRoutes() {
        return FeatureRoutes.of("issue-matching", "/propose/**", "/member/proposals/**",
                ProposalFileController.PATH + "**");
    }
}
