package jp.musubi.cms.search;

/**
 * Names of the index fields. Property fields carry a prefix so that a content property can never
 * collide with the bookkeeping fields, whatever a content type names its properties.
 */
final class SearchFields {

    /**
     * Version of the field layout and analysis. Stored with every commit: an index written with another
     * layout is rebuilt on start instead of being searched with mismatched fields.
     */
    static final String SCHEMA = "2";

    static final String ID = "_id";
    static final String WORKSPACE = "_workspace";
    static final String NAME = "_name";
    static final String ACTIVATED = "_activated";
    /** Every indexed text of the item, Kuromoji-analyzed: what a query matches. */
    static final String TEXT = "_text";
    /** The same text as CJK bigrams, for words Kuromoji segments differently in the query and the text. */
    static final String BIGRAMS = "_bigrams";
    /** The text as it is read ({@link Readings}: katakana), as CJK bigrams: 苺, いちご and イチゴ meet here. */
    static final String READING = "_reading";

    private static final String PROPERTY_TEXT = "t.";
    private static final String PROPERTY_KEYWORD = "k.";

    private SearchFields() {
    }

    /** Kuromoji-analyzed, stored with offsets: searched for titles, highlighted for every property. */
    static String text(String property) {
        return PROPERTY_TEXT + property;
    }

    static boolean isPropertyText(String field) {
        return field.startsWith(PROPERTY_TEXT);
    }

    static String propertyOfText(String field) {
        return field.substring(PROPERTY_TEXT.length());
    }

    /** Exact values, for filters and facet counts. */
    static String keyword(String property) {
        return PROPERTY_KEYWORD + property;
    }
}
