package jp.musubi.cms.authoring;

import static jp.musubi.cms.authoring.AuthoringTexts.TEXTS;

import java.net.URI;
import java.util.Map;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jp.musubi.cms.authoring.Views.CreateItemRequest;
import jp.musubi.cms.authoring.Views.ItemListView;
import jp.musubi.cms.authoring.Views.ItemView;
import jp.musubi.cms.authoring.Views.RestoreRequest;
import jp.musubi.cms.authoring.Views.SubmitRequest;
import jp.musubi.cms.authoring.Views.UpdateItemRequest;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.content.ContentQuery;
import jp.musubi.cms.content.ContentRevision;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.content.ContentValidationException;
import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.content.RevisionSummary;
import jp.musubi.cms.publication.PublicationService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The authoring API for editors and the secretariat (security: {@code /api/cms/**}). Items are
 * addressed as {@code /api/cms/items/{workspace}/{name}}. There is no publish endpoint on purpose:
 * publication passes the four-eyes workflow, which an editor starts with {@code submit}.
 */
@RestController
@RequestMapping("/api/cms/items/{workspace}")
class AuthoringController {

    private final ContentService content;
    private final PublicationService publication;
    private final AuthoringProperties properties;

    AuthoringController(ContentService content, PublicationService publication, AuthoringProperties properties) {
        this.content = content;
        this.publication = publication;
        this.properties = properties;
    }

    /**
     * @param q      words in the title or name
     * @param status {@code unpublished}, {@code published} or {@code modified}
     */
    @GetMapping
    ItemListView list(@PathVariable String workspace, @RequestParam(required = false) String q,
                      @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new BadRequestException("page", TEXTS.get("authoring.page"));
        }
        if (size < 1 || size > properties.maxPageSize()) {
            throw new BadRequestException("size", TEXTS.get("authoring.size", properties.maxPageSize()));
        }
        return ItemListView.of(content.list(workspace, new ContentQuery(q, status(status), page, size)));
    }

    @PostMapping
    ResponseEntity<ItemView> create(@PathVariable String workspace, @RequestBody CreateItemRequest request,
                                    Principal user) {
        ItemView item = ItemView.of(content.create(workspace, request.name(),
                keepReadOnly(workspace, request.properties(), Map.of()), request.comment(), user.getName()));
        URI location = UriComponentsBuilder.fromPath("/api/cms/items/{workspace}/{name}")
                .buildAndExpand(item.workspace(), item.name()).encode().toUri();
        return ResponseEntity.created(location).body(item);
    }

    @GetMapping("/{name}")
    ItemView get(@PathVariable String workspace, @PathVariable String name) {
        return ItemView.of(content.get(workspace, name));
    }

    /** Saves a new revision; {@code version} is the one the editor started from (409 when stale). */
    @PutMapping("/{name}")
    ItemView update(@PathVariable String workspace, @PathVariable String name, @RequestBody UpdateItemRequest request,
                    Principal user) {
        content.type(workspace);
        if (request.version() == null) {
            throw ContentValidationException.of("version", TEXTS.get("authoring.versionMissing"));
        }
        Map<String, Object> stored = content.get(workspace, name).properties();
        return ItemView.of(content.update(workspace, name, request.version(),
                keepReadOnly(workspace, request.properties(), stored), request.comment(), user.getName()));
    }

    /**
     * Read-only properties (an issue's publicStatus, which follows its workflow) keep their stored
     * value whatever the request says: only the system sets them.
     */
    private Map<String, Object> keepReadOnly(String workspace, Map<String, Object> requested, Map<String, Object> stored) {
        if (requested == null) {
            return null;
        }
        Map<String, Object> values = new java.util.LinkedHashMap<>(requested);
        for (var property : content.type(workspace).properties()) {
            if (property.readOnly()) {
                values.remove(property.name());
                if (stored.get(property.name()) != null) {
                    values.put(property.name(), stored.get(property.name()));
                }
            }
        }
        return values;
    }

    @DeleteMapping("/{name}")
    ResponseEntity<Void> delete(@PathVariable String workspace, @PathVariable String name, Principal user) {
        content.delete(workspace, name, user.getName());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{name}/revisions")
    List<RevisionSummary> revisions(@PathVariable String workspace, @PathVariable String name) {
        return content.revisions(workspace, name);
    }

    @GetMapping("/{name}/revisions/{revision}")
    ContentRevision revision(@PathVariable String workspace, @PathVariable String name, @PathVariable int revision) {
        return content.revision(workspace, name, revision);
    }

    @PostMapping("/{name}/revisions/{revision}/restore")
    ItemView restore(@PathVariable String workspace, @PathVariable String name, @PathVariable int revision,
                     @RequestBody(required = false) RestoreRequest request, Principal user) {
        RestoreRequest body = request == null ? new RestoreRequest(null, null) : request;
        return ItemView.of(content.restore(workspace, name, revision, body.version(), body.comment(), user.getName()));
    }

    /** Submits the current revision for approval (or, with {@code unpublish}, its removal from the site). */
    @PostMapping("/{name}/submit")
    ResponseEntity<ItemView> submit(@PathVariable String workspace, @PathVariable String name,
                                    @RequestBody(required = false) SubmitRequest request, Principal user) {
        SubmitRequest body = request == null ? new SubmitRequest(null, null, null) : request;
        ItemView item = ItemView.of(publication.submit(workspace, name, body.comment(), publishAt(body.publishAt()),
                Boolean.TRUE.equals(body.unpublish()), user.getName()));
        return ResponseEntity.accepted().body(item);
    }

    private static PublicationStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(PublicationStatus.values())
                .filter(value -> value.name().equalsIgnoreCase(status.strip()))
                .findFirst()
                .orElseThrow(() -> new BadRequestException("status",
                        TEXTS.get("authoring.status")));
    }

    /** An offset date-time, or a local one meaning Japan time as editors type it. */
    private static Instant publishAt(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().toUpperCase(Locale.ROOT);
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value).atZone(JapaneseTimes.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw ContentValidationException.of("publishAt", TEXTS.get("authoring.publishAt"));
            }
        }
    }
}
