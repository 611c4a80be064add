package jp.musubi.workflow.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jp.musubi.cms.asset.Asset;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deliverables: state from the due date, a PDF accepted by its content only, the reminder once. */
@WorkflowSpringBootTest
class DeliverablesTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Deliverables deliverables;
    @Autowired
    JdbcClient jdbc;

    @Test
    void stateFollowsTheDueDateAndTheDeliveredFile() {
        assertThat(deliverables.list(LocalDate.of(2026, 12, 2)))
                .extracting(Deliverable::id, Deliverable::state)
                .contains(org.assertj.core.groups.Tuple.tuple("annual-schedule", Deliverable.State.OVERDUE),
                        org.assertj.core.groups.Tuple.tuple("final-report", Deliverable.State.PENDING));
        // 12/2 (Wed) to 12/21 (Mon): 13 business days.
        assertThat(deliverables.list(LocalDate.of(2026, 12, 2))).filteredOn(d -> d.id().equals("interim-report"))
                .singleElement().extracting(Deliverable::businessDaysLeft).isEqualTo(13);

        assertThatThrownBy(() -> deliverables.deliver("annual-schedule", "schedule.pdf",
                new ByteArrayInputStream("ただのテキスト".getBytes(StandardCharsets.UTF_8)), "sec"))
                .isInstanceOf(InputRefused.class);
        // A PNG named .pdf is an image by its content: refused, and nothing kept.
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        assertThatThrownBy(() -> deliverables.deliver("annual-schedule", "schedule.pdf", new ByteArrayInputStream(png), "sec"))
                .isInstanceOf(InputRefused.class)
                .hasMessageContaining("PNG");
        // An image the asset store would keep is still not a deliverable.
        assertThatThrownBy(() -> deliverables.deliver("annual-schedule", "schedule.png", new ByteArrayInputStream(png), "sec"))
                .isInstanceOf(InputRefused.class)
                .hasMessageContaining("PDF");
        assertThat(deliverables.list(LocalDate.of(2026, 12, 2)).get(0).state()).isEqualTo(Deliverable.State.OVERDUE);

        Deliverable delivered = deliverables.deliver("annual-schedule", "年間スケジュール.pdf", new ByteArrayInputStream(PDF), "sec");
        assertThat(delivered.state()).isEqualTo(Deliverable.State.DELIVERED);
        assertThat(delivered.fileName()).endsWith(".pdf");
        assertThat(deliverables.file("annual-schedule")).isPresent()
                .get().as("a delivered report is never served at /dam").matches(Asset::restricted);
    }

    @Test
    void reminderGoesOutOnceWithinTheBusinessDays() {
        // 12/14 (Mon) is 5 business days before 12/21; 12/11 (Fri) is 6.
        assertThat(deliverables.remind(LocalDate.of(2026, 12, 11))).doesNotContain("interim-report");
        long before = mails();
        assertThat(deliverables.remind(LocalDate.of(2026, 12, 14))).contains("interim-report");
        assertThat(mails()).isGreaterThan(before);
        assertThat(jdbc.sql("SELECT subject FROM mail_outbox WHERE kind = 'deliverable-reminder' ORDER BY id DESC")
                .query(String.class).list()).first().asString().contains("中間報告書").contains("2026年12月21日");
        assertThat(deliverables.remind(LocalDate.of(2026, 12, 15))).doesNotContain("interim-report");
    }

    long mails() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'deliverable-reminder'").query(Long.class).single();
    }
}
