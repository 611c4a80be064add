package jp.musubi.cms.search;

import org.apache.lucene.document.Document;

/** One change to the index: an item's document put in place of its previous one, or removed. */
sealed interface IndexOperation {

    String id();

    record Put(String id, Document document) implements IndexOperation {
    }

    record Remove(String id) implements IndexOperation {
    }
}
