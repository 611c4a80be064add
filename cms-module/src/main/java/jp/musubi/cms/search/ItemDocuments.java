package jp.musubi.cms.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jp.musubi.cms.content.PublishedItem;
import jp.musubi.contenttypes.definition.PropertyDefinition;
import jp.musubi.contenttypes.definition.PropertyOption;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** Turns a published item into its index document. */
final class ItemDocuments {

    /** Stored with offsets in the postings, so the highlighter neither re-analyzes nor needs term vectors. */
    private static final FieldType PROPERTY_TEXT = new FieldType();

    static {
        PROPERTY_TEXT.setTokenized(true);
        PROPERTY_TEXT.setStored(true);
        PROPERTY_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        PROPERTY_TEXT.freeze();
    }

    private final SearchSchema schema;

    ItemDocuments(SearchSchema schema) {
        this.schema = schema;
    }

    /** Empty when the item's workspace is not a searchable content type (any more). */
    Optional<Document> toDocument(PublishedItem item) {
        return schema.find(item.workspace()).map(type -> toDocument(item, type));
    }

    private Document toDocument(PublishedItem item, SearchableType type) {
        Document document = new Document();
        document.add(new StringField(SearchFields.ID, item.id().toString(), Field.Store.YES));
        document.add(new StringField(SearchFields.WORKSPACE, item.workspace(), Field.Store.YES));
        document.add(new StoredField(SearchFields.NAME, item.name()));
        document.add(new NumericDocValuesField(SearchFields.ACTIVATED, activated(item).toEpochMilli()));
        for (PropertyDefinition property : type.textProperties()) {
            for (String text : texts(property, item.properties().get(property.name()))) {
                document.add(new Field(SearchFields.text(property.name()), text, PROPERTY_TEXT));
                document.add(new TextField(SearchFields.TEXT, text, Field.Store.NO));
                document.add(new TextField(SearchFields.BIGRAMS, text, Field.Store.NO));
                document.add(new TextField(SearchFields.READING, Readings.of(text), Field.Store.NO));
            }
        }
        for (PropertyDefinition property : type.keywordProperties()) {
            for (String value : values(item.properties().get(property.name()))) {
                document.add(new KeywordField(SearchFields.keyword(property.name()), value, Field.Store.NO));
            }
        }
        return document;
    }

    private static Instant activated(PublishedItem item) {
        if (item.lastActivated() != null) {
            return item.lastActivated();
        }
        return item.lastModified() != null ? item.lastModified() : Instant.EPOCH;
    }

    /** The words a reader sees: rich text without markup, an option's label rather than its stored code. */
    private static List<String> texts(PropertyDefinition property, Object value) {
        List<String> texts = new ArrayList<>();
        for (String raw : values(value)) {
            String text = switch (property.type().kind()) {
                case RICH_TEXT -> HtmlText.of(raw);
                case STRING -> property.hasOptions()
                        ? property.findOption(raw).map(PropertyOption::label).orElse(raw) : raw;
                default -> throw new IllegalArgumentException("not a text property: " + property.name());
            };
            if (!text.isBlank()) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** A stored value as strings: a multiple property is a list, anything else one value or none. */
    private static List<String> values(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().filter(v -> v != null).map(String::valueOf)
                    .filter(v -> !v.isBlank()).toList();
        }
        String text = String.valueOf(value);
        return text.isBlank() ? List.of() : List.of(text);
    }
}
