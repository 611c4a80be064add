package jp.musubi.workflow.issuecase;

import java.nio.charset.StandardCharsets;
import java.security.Principal;

import jp.musubi.cms.asset.Asset;
import jp.musubi.cms.asset.AssetService;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.membership.Organization;
import jp.musubi.workflow.membership.Organizations;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /proposal-files/{proposal}/{n}}: a proposal's attached file for the people {@link ProposalFiles}
 * lets read it; anyone else gets the same Japanese "not found" page as for a file that does not exist.
 */
@Controller
class ProposalFileController {

    static final String PATH = "/proposal-files/";

    private final ProposalFiles files;
    private final AccountService accounts;
    private final Organizations organizations;
    private final AssetService assets;

    ProposalFileController(ProposalFiles files, AccountService accounts, Organizations organizations, AssetService assets) {
        this.files = files;
        this.accounts = accounts;
        this.organizations = organizations;
        this.assets = assets;
    }

    @GetMapping(PATH + "{proposalId:\\d+}/{position:\\d+}")
    ResponseEntity<Resource> file(@PathVariable long proposalId, @PathVariable int position, Principal principal) {
        Account account = accounts.findByUsername(principal.getName()).orElseThrow(ProposalFileController::notFound);
        boolean staff = account.roles().contains(Role.PREF_STAFF) || account.roles().contains(Role.SECRETARIAT);
        Long organization = account.roles().contains(Role.MEMBER) && account.organizationKey() != null
                ? organizations.find(account.organizationKey()).map(Organization::id).orElse(null) : null;
        String municipality = account.roles().contains(Role.MUNICIPAL_STAFF) ? account.municipality() : null;
        Asset asset = files.file(proposalId, position, new ProposalFileReader(staff, organization, municipality))
                .orElseThrow(ProposalFileController::notFound);
        return download(asset, assets);
    }

    /** The file as a download that no shared cache keeps. */
    static ResponseEntity<Resource> download(Asset asset, AssetService assets) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(asset.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(asset.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new FileSystemResource(assets.file(asset)));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
