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
 */
final class DailySalt {

    private final SecureRandom random = new SecureRandom();
    private LocalDate day;
    private byte[] salt;

    synchronized String visitor(LocalDate today, String address, String userAgent) {
        if (!today.equals(day)) {
            salt = new byte[32];
            random.nextBytes(salt);
            day = today;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update((address + "\n" + (userAgent == null ? "" : userAgent)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
