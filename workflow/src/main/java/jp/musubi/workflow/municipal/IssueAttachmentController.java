package jp.musubi.workflow.municipal;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.cms.asset.Asset;
import jp.musubi.cms.asset.AssetService;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Role;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /issue-attachments/{issue}/{n}}: a related document of a municipal issue, for the issue's
 * municipality and the staff ({@link MunicipalIssues#attachment}); anyone else gets the Japanese "not found"
 * page, as for a document that does not exist.
 */
@Controller
class IssueAttachmentController {

    static final String PATH = "/issue-attachments/";

    private final MunicipalIssues issues;
    private final AccountService accounts;
    private final AssetService assets;

    IssueAttachmentController(MunicipalIssues issues, AccountService accounts, AssetService assets) {
        this.issues = issues;
        this.accounts = accounts;
        this.assets = assets;
    }

    @GetMapping(PATH + "{issueId:\\d+}/{position:\\d+}")
    Object attachment(@PathVariable long issueId, @PathVariable int position, Principal principal,
                      HttpServletResponse response) {
        Optional<Asset> found = accounts.findByUsername(principal.getName()).flatMap(account -> {
            boolean staff = account.roles().contains(Role.PREF_STAFF) || account.roles().contains(Role.SECRETARIAT);
            String municipality = account.roles().contains(Role.MUNICIPAL_STAFF) && account.municipality() != null
                    && !account.municipality().isBlank() ? account.municipality() : null;
            return issues.attachment(issueId, position, municipality, staff);
        });
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "municipal/file-not-found";
        }
        Asset asset = found.get();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(asset.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(asset.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new FileSystemResource(assets.file(asset)));
    }
}
