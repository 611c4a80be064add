package jp.musubi.workflow.municipal;

import java.util.UUID;

/** A related document attached to a municipal issue (a CMS asset, never on public pages). */
public record IssueAttachment(int position, UUID assetId, String filename) {

    public String url() {
        return "/dam/" + assetId + "/" + java.net.URLEncoder.encode(filename, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
