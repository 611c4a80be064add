package jp.musubi.workflow.account;

import java.time.Instant;

/**
 * A freshly issued activation link.
 *
 * @param token     the secret part of the link (shown once, in the mail; only its hash is stored)
 * @param expiresAt when the link stops working
 */
public record ActivationLink(String token, Instant expiresAt) {

    public String path() {
        return "/account/activate?token=" + token;
    }
}
