package jp.musubi.cms.site;

/**
 * Whether an issue accepts proposals now: the workflow knows (its case is open for proposals); the
 * site shows 「提案する」 only then. Without such a bean, no issue page invites proposals.
 */
public interface ProposalCalls {

    boolean acceptsProposals(String issueName);
}
