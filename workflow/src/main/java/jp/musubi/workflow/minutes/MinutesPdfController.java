package jp.musubi.workflow.minutes;

import static jp.musubi.workflow.minutes.MinutesTexts.TEXTS;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** 打合せ記録（PDF） {@code /meetings/{id}/minutes.pdf}: the approved minutes only; before approval 404 in Japanese. */
@RestController
class MinutesPdfController {

    private final MinutesDocument documents;

    MinutesPdfController(MinutesDocument documents) {
        this.documents = documents;
    }

    @GetMapping("/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        long meetingId;
        try {
            meetingId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return notFound();
        }
        return documents.approvedPdf(meetingId)
                .map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("minutes-meeting-" + meetingId + ".pdf", StandardCharsets.UTF_8).build().toString())
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(pdf))
                .orElseGet(MinutesPdfController::notFound);
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(TEXTS.get("minutes.pdf.notFound").getBytes(StandardCharsets.UTF_8));
    }
}
