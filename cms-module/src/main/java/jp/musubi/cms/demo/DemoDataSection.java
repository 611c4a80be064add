package jp.musubi.cms.demo;

/**
 * One part of the demo data in {@code seeds/} (accounts, organizations, content…), contributed by the
 * module that owns its tables. The embedded default loads each section once, in {@link #order()}.
 */
public interface DemoDataSection {

    /** Stable name recorded once the section is loaded; never reused for other data. */
    String name();

    /** Ascending; a section that references others' data comes after them. */
    int order();

    void load(DemoDataReader reader);
}
