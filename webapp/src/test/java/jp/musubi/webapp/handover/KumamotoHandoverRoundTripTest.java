package jp.musubi.webapp.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipFile;

import jp.musubi.webapp.support.KumamotoSpringBootTest;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The handover round trip of the Kumamoto consortium, whose 仕様書 §8(12) asks for it: the same checks on its
 * installation, plus its own data — the demo consultations with their process history, the survey's answers.
 */
@KumamotoSpringBootTest
class KumamotoHandoverRoundTripTest extends HandoverRoundTripTest {

    @Test
    void theConsortiumsConsultationsAndSurveyAnswersAreHandedOverWithTheirHistory() throws Exception {
        RoundTrip trip = roundTrip();
        try (ZipFile source = new ZipFile(trip.archive().toFile())) {
            String manifest = new String(source.getInputStream(source.getEntry("manifest.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(manifest).contains("くまもとDX推進コンソーシアム");

            List<CSVRecord> consultations = rows(source, "consultation_request.csv");
            assertThat(consultations).as("the demo consultations").hasSizeGreaterThanOrEqualTo(10);
            List<String> processes = consultations.stream().map(r -> r.get("process_instance_id"))
                    .filter(id -> id != null && !id.isEmpty()).toList();
            List<String> history = rows(source, "act_hi_procinst.csv").stream().map(r -> r.get("id_")).toList();
            assertThat(history).as("each consultation's process history").containsAll(processes);
            assertThat(rows(source, "survey_answer.csv")).as("the demo survey's answers").isNotEmpty();

            try (Connection c = trip.target().getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM consultation_request")) {
                rs.next();
                assertThat(rs.getLong(1)).as("consultations in the copy").isEqualTo(consultations.size());
            }
        }
    }
}
