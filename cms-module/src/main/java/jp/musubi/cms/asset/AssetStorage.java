package jp.musubi.cms.asset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The bytes of assets, one file per asset named by its id, under {@code musubi.cms.assets.directory}
 * (spread over sub-directories by the id's first two characters). Uploads are written to
 * {@code incoming/} first and moved into place only once accepted.
 */
@Component
public class AssetStorage {

    private final Path root;

    public AssetStorage(AssetProperties properties) {
        this.root = properties.directory().toAbsolutePath().normalize();
    }

    /**
     * Copies {@code content} to a new file in {@code incoming/}, reading at most {@code maxBytes + 1}
     * bytes: a result longer than {@code maxBytes} means the upload is too large (and is incomplete).
     */
    public Received receive(InputStream content, long maxBytes) {
        try {
            Path incoming = Files.createDirectories(root.resolve("incoming"));
            Path file = Files.createTempFile(incoming, "upload-", ".part");
            MessageDigest sha256 = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
                size = content.transferTo(new LimitedOutputStream(out, maxBytes + 1));
            } catch (LimitedOutputStream.LimitReached e) {
                size = maxBytes + 1;
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return new Received(file, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store upload under " + root, e);
        }
    }

    /** Moves an accepted upload to its permanent place. */
    public void keep(Path received, UUID id) {
        Path target = file(id);
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.move(received, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(received, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store asset " + id + " under " + root, e);
        }
    }

    public Optional<Path> find(UUID id) {
        Path file = file(id);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    public void delete(UUID id) {
        discard(file(id));
    }

    public void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }

    private Path file(UUID id) {
        return root.resolve(relativeFile(id));
    }

    /** Where an asset's bytes lie below the assets directory (the handover archive copies them from there). */
    public static Path relativeFile(UUID id) {
        String name = id.toString();
        return Path.of(name.substring(0, 2), name);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** An upload written to disk: {@code size} bytes with the given SHA-256 (hex). */
    public record Received(Path file, long size, String sha256) {
    }

    /** Stops copying once the limit is passed, so an oversized upload costs at most the limit on disk. */
    private static final class LimitedOutputStream extends OutputStream {

        private final OutputStream out;
        private final long limit;
        private long written;

        LimitedOutputStream(OutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > limit) {
                out.write(b, off, (int) (limit - written));
                written = limit;
                throw new LimitReached();
            }
            out.write(b, off, len);
            written += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        static final class LimitReached extends IOException {
            LimitReached() {
                super("limit reached", null);
            }
        }
    }
}
