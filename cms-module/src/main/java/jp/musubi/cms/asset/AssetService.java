package jp.musubi.cms.asset;

import java.io.InputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Uploads and looks up assets. A file is accepted only when its bytes are one of the
 * {@link AssetType}s and its name's extension, if it has a known one, says the same.
 */
@Service
public class AssetService {

    private static final int MAX_FILENAME_LENGTH = 200;

    private final AssetRepository repository;
    private final AssetStorage storage;
    private final AssetTypeDetector detector;
    private final AssetProperties properties;
    private final Clock clock;

    public AssetService(AssetRepository repository, AssetStorage storage, AssetTypeDetector detector,
                        AssetProperties properties, Clock clock) {
        this.repository = repository;
        this.storage = storage;
        this.detector = detector;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Stores an upload.
     *
     * @param originalFilename the name the browser sent (may include a path, or be null)
     * @throws AssetRejectedException with the reason in Japanese; nothing is stored then
     */
    @Transactional
    public Asset upload(String originalFilename, InputStream content, String user) {
        return store(originalFilename, content, user, false);
    }

    /**
     * Stores an upload that {@code /dam} never serves (it answers 404): the caller serves it on its own
     * route to the people allowed to see it. Checked as {@link #upload}.
     *
     * @throws AssetRejectedException with the reason in Japanese; nothing is stored then
     */
    @Transactional
    public Asset uploadRestricted(String originalFilename, InputStream content, String user) {
        return store(originalFilename, content, user, true);
    }

    private Asset store(String originalFilename, InputStream content, String user, boolean restricted) {
        long maxBytes = properties.maxSize().toBytes();
        AssetStorage.Received received = storage.receive(content, maxBytes);
        boolean kept = false;
        try {
            if (received.size() > maxBytes) {
                throw AssetRejectedException.tooLarge(AssetMessages.TEXTS.get("asset.tooLarge", AssetMessages.size(maxBytes)));
            }
            if (received.size() == 0) {
                throw AssetRejectedException.refused(AssetMessages.TEXTS.get("asset.empty"));
            }
            AssetType type = acceptedType(detector.detect(received.file()));
            String filename = filename(originalFilename, type);
            Asset asset = new Asset(UUID.randomUUID(), filename, type.mediaType(), received.size(),
                    received.sha256(), clock.instant().truncatedTo(ChronoUnit.MICROS), user, restricted);
            storage.keep(received.file(), asset.id());
            kept = true;
            deleteFileOnRollback(asset.id());
            repository.insert(asset);
            return asset;
        } finally {
            if (!kept) {
                storage.discard(received.file());
            }
        }
    }

    /** Any asset, restricted or not: for the feature that stored it. */
    public Optional<Asset> find(UUID id) {
        return repository.find(id);
    }

    /**
     * A public asset, for {@code /dam} and the authoring API.
     *
     * @throws AssetNotFoundException also when {@code id} is not a UUID or the asset is restricted
     */
    public Asset get(String id) {
        return parse(id).flatMap(repository::find).filter(asset -> !asset.restricted())
                .orElseThrow(() -> new AssetNotFoundException(id));
    }

    /** The stored bytes of the asset. */
    public Path file(Asset asset) {
        return storage.find(asset.id()).orElseThrow(() -> new AssetNotFoundException(asset.id().toString()));
    }

    /** Whether content may refer to the asset: it exists and is not restricted. */
    public boolean exists(UUID id) {
        return repository.find(id).filter(asset -> !asset.restricted()).isPresent();
    }

    public static Optional<UUID> parse(String id) {
        if (id == null || id.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equalsIgnoreCase(id) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static AssetType acceptedType(String detected) {
        return AssetType.ofMediaType(detected).orElseThrow(() -> AssetRejectedException.refused(
                detected.equals("image/svg+xml")
                        ? AssetMessages.TEXTS.get("asset.svg")
                        : AssetMessages.TEXTS.get("asset.typeRefused", AssetMessages.describe(detected), AssetType.ALLOWED_LABEL)));
    }

    /**
     * The name to keep: without directories or control characters, at most 200 characters, and with
     * an extension that fits the content (added when missing or unknown; a contradicting one is refused).
     */
    String filename(String original, AssetType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "file";
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        String base;
        String suffix;
        if (type.fitsExtension(extension)) {
            base = name.substring(0, dot);
            suffix = name.substring(dot + 1);
        } else if (!extension.isEmpty() && detector.isKnownExtension(name)) {
            throw AssetRejectedException.refused(AssetMessages.TEXTS.get("asset.extensionMismatch", type.label(), extension));
        } else {
            // No extension, or one that names no known type (report.v2): keep it and add the right one.
            base = name;
            suffix = type.extension();
        }
        // UTF-16 length, which is what VARCHAR(255) counts on H2; never split a surrogate pair.
        int maxBase = MAX_FILENAME_LENGTH - suffix.length() - 1;
        if (base.length() > maxBase) {
            int end = Character.isLowSurrogate(base.charAt(maxBase)) ? maxBase - 1 : maxBase;
            base = base.substring(0, end).strip();
        }
        return (base.isEmpty() ? "file" : base) + "." + suffix;
    }

    private void deleteFileOnRollback(UUID id) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        storage.delete(id);
                    }
                }
            });
        }
    }
}
