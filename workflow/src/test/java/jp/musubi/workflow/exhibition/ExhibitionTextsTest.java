package jp.musubi.workflow.exhibition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The keys the exhibition pages build from a prefix exist for every value they are built with. */
class ExhibitionTextsTest {

    @Test
    void everyStatusHasALabelAndEveryDecisionItsMessage() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(ExhibitionTexts.TEXTS.has(ExhibitionTexts.STATUS + status.name())).as(status.name()).isTrue();
        }
        for (ApplicationStatus decision : new ApplicationStatus[] {ApplicationStatus.SELECTED, ApplicationStatus.DECLINED}) {
            assertThat(ExhibitionTexts.TEXTS.get(ExhibitionTexts.DECISION_DONE + decision.name(), "株式会社例"))
                    .as(decision.name()).contains("株式会社例");
        }
    }

    @Test
    void theRecruitmentTakesApplicationsUntilTheEndOfItsDeadlineDay() {
        Recruitment r = new Recruitment("x", java.time.LocalDate.of(2027, 1, 15), 20, java.util.List.of("小間"), null,
                "secretariat", java.time.Instant.EPOCH);
        assertThat(r.openOn(java.time.LocalDate.of(2027, 1, 15))).isTrue();
        assertThat(r.openOn(java.time.LocalDate.of(2027, 1, 16))).isFalse();
    }
}
