package jp.musubi.cms.authoring;

import static jp.musubi.cms.authoring.AuthoringTexts.TEXTS;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;

import jp.musubi.cms.asset.Asset;
import jp.musubi.cms.asset.AssetService;
import jp.musubi.cms.authoring.Views.AssetView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Uploads (multipart {@code file}, one per request) and asset metadata for the authoring API. */
@RestController
@RequestMapping("/api/cms/assets")
class AssetApiController {

    private final AssetService assets;

    AssetApiController(AssetService assets) {
        this.assets = assets;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AssetView> upload(@RequestParam("file") List<MultipartFile> files, Principal user)
            throws IOException {
        if (files.size() != 1) {
            throw new BadRequestException("file", TEXTS.get("authoring.oneFileAtATime"));
        }
        MultipartFile file = files.get(0);
        Asset asset;
        try (InputStream content = file.getInputStream()) {
            asset = assets.upload(file.getOriginalFilename(), content, user.getName());
        }
        return ResponseEntity.created(URI.create("/api/cms/assets/" + asset.id())).body(AssetView.of(asset));
    }

    @GetMapping("/{id}")
    AssetView get(@PathVariable String id) {
        return AssetView.of(assets.get(id));
    }
}
