package jp.musubi.workflow.issuecase;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code proposal_attachment}. */
@Repository
class ProposalAttachmentRepository {

    private final JdbcClient jdbc;

    ProposalAttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ProposalAttachment attachment) {
        jdbc.sql("INSERT INTO proposal_attachment (proposal_id, asset_id, filename, position) VALUES (?, ?, ?, ?)")
                .params(attachment.proposalId(), attachment.assetId(), attachment.filename(), attachment.position())
                .update();
    }

    List<ProposalAttachment> forProposals(Collection<Long> proposalIds) {
        if (proposalIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT proposal_id, asset_id, filename, position FROM proposal_attachment
                WHERE proposal_id IN (:ids) ORDER BY proposal_id, position""")
                .param("ids", proposalIds)
                .query((rs, row) -> new ProposalAttachment(rs.getLong("proposal_id"), rs.getObject("asset_id", UUID.class),
                        rs.getString("filename"), rs.getInt("position")))
                .list();
    }
}
