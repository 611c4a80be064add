package jp.musubi.cms.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * This node's index: the one {@link IndexWriter}, and a {@link SearcherManager} that hands out
 * searchers. Writes happen in units (a batch of the change log, or a whole rebuild) that are committed
 * together with the log sequence they reach, and only then made visible to searchers: a reader never
 * sees half a rebuild, and a restart continues from the last committed sequence.
 */
final class SearchIndex implements Closeable {

    static final String SEQUENCE_KEY = "musubi.sequence";
    static final String SCHEMA_KEY = "musubi.schema";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    // Held from the first write of a unit to the refresh after its commit (see class comment).
    private final ReentrantLock writing = new ReentrantLock();

    SearchIndex(Directory directory, Analyzer analyzer) {
        this.directory = directory;
        this.analyzer = analyzer;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, new SearcherFactory());
        } catch (IOException e) {
            throw new UncheckedIOException("Search index cannot be opened in " + directory, e);
        }
    }

    /** Opens the index in {@code indexDirectory}, creating it if needed, or in memory when blank. */
    static SearchIndex open(String indexDirectory, Analyzer analyzer) {
        if (indexDirectory == null || indexDirectory.isBlank()) {
            return new SearchIndex(new ByteBuffersDirectory(), analyzer);
        }
        Path path = Path.of(indexDirectory);
        try {
            Files.createDirectories(path);
            return new SearchIndex(FSDirectory.open(path), analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("Search index directory " + path.toAbsolutePath() + " cannot be used", e);
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /**
     * The change log sequence the committed index reflects; empty when the index is new or was written
     * with another field layout (then it must be rebuilt).
     */
    OptionalLong committedSequence() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        String sequence = data.get(SEQUENCE_KEY);
        if (sequence == null || !SearchFields.SCHEMA.equals(data.get(SCHEMA_KEY))) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(sequence));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Applies one batch of changes and commits it as reaching {@code sequence}. */
    void update(List<IndexOperation> operations, long sequence) {
        inWriteUnit(() -> {
            for (IndexOperation operation : operations) {
                if (operation instanceof IndexOperation.Put put) {
                    writer.updateDocument(idTerm(put.id()), put.document());
                } else {
                    writer.deleteDocuments(idTerm(operation.id()));
                }
            }
        }, sequence);
    }

    /**
     * Replaces every document. Until the commit, searchers keep seeing the previous index; if the
     * process dies before it, the previous commit is still the index on disk.
     */
    void replaceAll(List<Document> documents, long sequence) {
        inWriteUnit(() -> {
            writer.deleteAll();
            // One by one, not as a block: a block must fit the writer's RAM buffer whole.
            for (Document document : documents) {
                writer.addDocument(document);
            }
        }, sequence);
    }

    <T> T search(SearcherFunction<T> function) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search index cannot be read", e);
        }
    }

    int documentCount() {
        return search(searcher -> searcher.getIndexReader().numDocs());
    }

    @Override
    public void close() throws IOException {
        writing.lock();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } finally {
            writing.unlock();
        }
    }

    private void inWriteUnit(IndexWork work, long sequence) {
        writing.lock();
        try {
            work.run();
            writer.setLiveCommitData(Map.of(SEQUENCE_KEY, Long.toString(sequence),
                    SCHEMA_KEY, SearchFields.SCHEMA).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Search index cannot be written", e);
        } finally {
            writing.unlock();
        }
    }

    private static Term idTerm(String id) {
        return new Term(SearchFields.ID, id);
    }

    @FunctionalInterface
    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @FunctionalInterface
    private interface IndexWork {
        void run() throws IOException;
    }
}
