-- Site access statistics (Kumamoto 4(2)②イg): aggregates only, written off the request path by
-- SiteStatsRecorder. No address, agent or cookie is stored: a visitor is a SHA-256 of a salt kept in
-- memory for one day (then discarded), the address and the user agent, so it cannot be linked across
-- days or back to a person.
CREATE TABLE site_page_view_day (
    stat_day        DATE         NOT NULL,
    path         VARCHAR(300) NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    views        BIGINT       NOT NULL,
    PRIMARY KEY (stat_day, path)
);

CREATE TABLE site_visitor_day (
    stat_day        DATE        NOT NULL,
    visitor_hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (stat_day, visitor_hash)
);

CREATE TABLE site_referrer_day (
    stat_day         DATE         NOT NULL,
    referrer_host VARCHAR(255) NOT NULL,
    views         BIGINT       NOT NULL,
    PRIMARY KEY (stat_day, referrer_host)
);

CREATE TABLE site_search_day (
    stat_day    DATE         NOT NULL,
    term     VARCHAR(200) NOT NULL,
    searches BIGINT       NOT NULL,
    PRIMARY KEY (stat_day, term)
);
