package jp.musubi.cms.sitestats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * A random salt per day, kept in memory only and replaced (the old one discarded) when the day
 * changes: a visitor's hash counts distinct visitors within one day and means nothing afterwards.
 * Page views hash without a lock (the day's salt is read once, a digest kept per thread); only the
 * change of day is synchronized.
 */
final class DailySalt {

    private record Salt(LocalDate day, byte[] bytes) {
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final SecureRandom random = new SecureRandom();
    private volatile Salt salt;

    String visitor(LocalDate today, String address, String userAgent) {
        Salt current = salt;
        if (current == null || !today.equals(current.day())) {
            current = rotate(today);
        }
        MessageDigest digest = SHA_256.get();
        digest.reset();
        digest.update(current.bytes());
        digest.update((address + "\n" + (userAgent == null ? "" : userAgent)).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private synchronized Salt rotate(LocalDate today) {
        Salt current = salt;
        if (current == null || !today.equals(current.day())) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            current = new Salt(today, bytes);
            salt = current;
        }
        return current;
    }
}
