package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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
    Object file(@PathVariable long proposalId, @PathVariable int position, Principal principal,
                HttpServletResponse response, Model model) {
        Optional<Asset> found = accounts.findByUsername(principal.getName())
                .flatMap(account -> files.file(proposalId, position, reader(account)));
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("notFoundTitle", TEXTS.get("issuecase.file.notFound.title"));
            model.addAttribute("notFoundDetail", TEXTS.get("issuecase.file.notFound.detail"));
            model.addAttribute("notFoundBack", TEXTS.get("issuecase.file.notFound.back"));
            return "issuecase/file-not-found";
        }
        return download(found.get(), assets);
    }

    private ProposalFileReader reader(Account account) {
        boolean staff = account.roles().contains(Role.PREF_STAFF) || account.roles().contains(Role.SECRETARIAT);
        Long organization = account.roles().contains(Role.MEMBER) && account.organizationKey() != null
                ? organizations.find(account.organizationKey()).map(Organization::id).orElse(null) : null;
        String municipality = account.roles().contains(Role.MUNICIPAL_STAFF) ? account.municipality() : null;
        return new ProposalFileReader(staff, organization, municipality);
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
}
