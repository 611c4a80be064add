package jp.musubi.cms.search;

/** One value of a keyword property among the hits of a search, e.g. tags = 防災 in 4 hits. */
public record FacetCount(String value, long count) {
}
