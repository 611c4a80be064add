-- The node (process, random id per start) that holds a claim, beside the claim's own owner id: a
-- restarted single node releases the claims of every other node id at once instead of waiting for
-- their lease (musubi.node.single-node).
ALTER TABLE mail_outbox ADD COLUMN lease_node VARCHAR(64);
ALTER TABLE newsletter_send ADD COLUMN lease_node VARCHAR(64);
