package jp.musubi.webapp.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A login attempt as the throttle sees it: the login ID as submitted (whether or not an account has
 * it, so an unknown ID is throttled exactly like an existing one) and the client's address.
 *
 * @param loginId the submitted ID, trimmed, lower-cased and cut to the longest ID an account can have
 * @param client  the client address; IPv6 cut to its /64 network, which one subscriber usually holds whole
 */
record LoginAttempt(String loginId, String client) {

    /** Longest login ID an account can have ({@code account.username}); longer input is cut, not stored whole. */
    private static final int MAX_LOGIN_ID = 64;
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    static LoginAttempt of(String submittedLoginId, String remoteAddress) {
        String id = submittedLoginId == null ? "" : submittedLoginId.strip().toLowerCase(Locale.ROOT);
        return new LoginAttempt(id.length() > MAX_LOGIN_ID ? id.substring(0, MAX_LOGIN_ID) : id,
                client(remoteAddress));
    }

    /** The key of the (login ID, client) pair counter. */
    Pair pair() {
        return new Pair(loginId, client);
    }

    private static String client(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        if (remoteAddress.indexOf(':') < 0 || !IPV6_LITERAL.matcher(remoteAddress).matches()) {
            return remoteAddress.length() > 64 ? remoteAddress.substring(0, 64) : remoteAddress;
        }
        try {
            // Only a literal gets here, which getByName parses without a name look-up.
            byte[] address = InetAddress.getByName(remoteAddress).getAddress();
            if (address.length != 16) {
                return remoteAddress;
            }
            for (int i = 8; i < 16; i++) {
                address[i] = 0;
            }
            return InetAddress.getByAddress(address).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return remoteAddress.length() > 64 ? remoteAddress.substring(0, 64) : remoteAddress;
        }
    }

    /** One login ID from one client. */
    record Pair(String loginId, String client) {
    }
}
