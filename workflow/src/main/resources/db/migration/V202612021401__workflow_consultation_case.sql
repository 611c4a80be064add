-- DX相談・マッチング支援: what happened to each consultation request in its process.
ALTER TABLE consultation_request ADD COLUMN channel VARCHAR(12) DEFAULT 'WEB' NOT NULL;
ALTER TABLE consultation_request ADD COLUMN membership VARCHAR(12);
ALTER TABLE consultation_request ADD COLUMN office VARCHAR(12);
ALTER TABLE consultation_request ADD COLUMN recorded_by VARCHAR(100);
ALTER TABLE consultation_request ADD COLUMN process_instance_id VARCHAR(64);
-- 受付: ACCEPTED, DUPLICATE or OUT_OF_SCOPE, with the reason mailed when closed
ALTER TABLE consultation_request ADD COLUMN intake_outcome VARCHAR(12);
ALTER TABLE consultation_request ADD COLUMN close_reason VARCHAR(2000);
ALTER TABLE consultation_request ADD COLUMN intake_by VARCHAR(100);
ALTER TABLE consultation_request ADD COLUMN intake_at TIMESTAMP WITH TIME ZONE;
-- 相談対応
ALTER TABLE consultation_request ADD COLUMN advice VARCHAR(4000);
ALTER TABLE consultation_request ADD COLUMN advice_channel VARCHAR(12);
ALTER TABLE consultation_request ADD COLUMN advice_notes VARCHAR(4000);
ALTER TABLE consultation_request ADD COLUMN matching_wanted BOOLEAN;
ALTER TABLE consultation_request ADD COLUMN advised_by VARCHAR(100);
ALTER TABLE consultation_request ADD COLUMN advised_at TIMESTAMP WITH TIME ZONE;
-- 課題整理
ALTER TABLE consultation_request ADD COLUMN issue_business VARCHAR(2000);
ALTER TABLE consultation_request ADD COLUMN issue_current VARCHAR(2000);
ALTER TABLE consultation_request ADD COLUMN issue_goal VARCHAR(2000);
ALTER TABLE consultation_request ADD COLUMN issue_budget VARCHAR(200);
ALTER TABLE consultation_request ADD COLUMN issue_timing VARCHAR(200);
ALTER TABLE consultation_request ADD COLUMN issue_constraints VARCHAR(2000);
ALTER TABLE consultation_request ADD COLUMN organized_at TIMESTAMP WITH TIME ZONE;
-- 情報提供
ALTER TABLE consultation_request ADD COLUMN talent_guidance BOOLEAN;
ALTER TABLE consultation_request ADD COLUMN informed_by VARCHAR(100);
ALTER TABLE consultation_request ADD COLUMN informed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE consultation_request ADD COLUMN introduction_mail_id BIGINT;
-- 状況確認 and 効果検証
ALTER TABLE consultation_request ADD COLUMN follow_up_round INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE consultation_request ADD COLUMN contact_made BOOLEAN;
ALTER TABLE consultation_request ADD COLUMN contact_with VARCHAR(1000);
ALTER TABLE consultation_request ADD COLUMN contacted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE consultation_request ADD COLUMN effect_in_use VARCHAR(4000);
ALTER TABLE consultation_request ADD COLUMN effect_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE consultation_request ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;

-- The suggestions made when the issue was organized, as staff saw them (the choice is made from these).
CREATE TABLE consultation_suggestion (
    consultation_id   BIGINT        NOT NULL REFERENCES consultation_request (id),
    position          INTEGER       NOT NULL,
    organization_key  VARCHAR(100)  NOT NULL,
    organization_name VARCHAR(200)  NOT NULL,
    workspace         VARCHAR(40)   NOT NULL,
    item_name         VARCHAR(200)  NOT NULL,
    item_title        VARCHAR(400)  NOT NULL,
    matched_terms     VARCHAR(1000) NOT NULL,
    highlighted_html  VARCHAR(8000) NOT NULL,
    item_path         VARCHAR(400)  NOT NULL,
    PRIMARY KEY (consultation_id, position)
);

-- The companies introduced to the requester; consented ones got a mail too.
CREATE TABLE consultation_introduction (
    consultation_id   BIGINT       NOT NULL REFERENCES consultation_request (id),
    organization_key  VARCHAR(100) NOT NULL,
    organization_name VARCHAR(200) NOT NULL,
    item_title        VARCHAR(400) NOT NULL,
    item_path         VARCHAR(400) NOT NULL,
    consented         BOOLEAN      NOT NULL,
    company_mail_id   BIGINT,
    introduced_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (consultation_id, organization_key)
);
