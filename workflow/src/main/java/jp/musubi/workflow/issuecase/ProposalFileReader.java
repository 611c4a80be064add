package jp.musubi.workflow.issuecase;

/**
 * Who asks for a proposal's file.
 *
 * @param staff          PREF_STAFF or SECRETARIAT: every proposal's files
 * @param organizationId the member organization of the account, or null: its own proposals' files
 * @param municipality   the municipality of a MUNICIPAL_STAFF account, or null: the files of its issue's
 *                       proposals in the selection, once a selection hearing was held
 */
public record ProposalFileReader(boolean staff, Long organizationId, String municipality) {
}
