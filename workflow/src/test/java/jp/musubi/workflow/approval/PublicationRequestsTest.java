package jp.musubi.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The publication-request look-up other features (the member portal) use instead of the repository. */
@WorkflowSpringBootTest
class PublicationRequestsTest {

    private static final String WS = "seeds";

    @Autowired PublicationRequests requests;
    @Autowired PublicationRequestRepository repository;

    @Test
    void theLatestRequestIsTheNewestSubmissionWithItsDecision() {
        String name = uniqueName();
        Instant first = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        repository.insert("pi-" + name + "-1", WS, name, 1, "シーズ", first, "member1", null, null, false);
        repository.decide("pi-" + name + "-1", PublicationDecision.APPROVED, first.plusSeconds(60), "pref1", null);
        repository.insert("pi-" + name + "-2", WS, name, 2, "シーズ", first.plus(1, ChronoUnit.HOURS), "member1",
                "変更しました", null, false);
        repository.decide("pi-" + name + "-2", PublicationDecision.REJECTED, Instant.now(), "pref1", "写真を差し替えてください");

        PublicationRequest latest = requests.latest(WS, name).orElseThrow();

        assertThat(latest.revision()).isEqualTo(2);
        assertThat(latest.decision()).isEqualTo(PublicationDecision.REJECTED);
        assertThat(latest.decisionComment()).isEqualTo("写真を差し替えてください");
    }

    @Test
    void anOpenRequestIsLatestWithoutADecision() {
        String name = uniqueName();
        repository.insert("pi-" + name, WS, name, 1, "シーズ", Instant.now(), "member1", null, null, false);

        assertThat(requests.latest(WS, name)).get()
                .satisfies(latest -> assertThat(latest.decision()).isNull());
    }

    @Test
    void anItemNeverSubmittedHasNoLatestRequest() {
        assertThat(requests.latest(WS, uniqueName())).isEmpty();
        assertThat(requests.latest("articles", uniqueName())).isEmpty();
    }

    private static String uniqueName() {
        return "seed-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
