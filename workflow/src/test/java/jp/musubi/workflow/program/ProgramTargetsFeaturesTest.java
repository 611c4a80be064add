package jp.musubi.workflow.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jp.musubi.cms.feature.FeatureProperties;
import jp.musubi.cms.feature.FeatureRoutes;
import jp.musubi.cms.feature.Features;
import jp.musubi.cms.site.SiteProperties;
import org.junit.jupiter.api.Test;

/**
 * A disabled feature has no dashboard row: the targets over its indicators leave the dashboard, the drill-down
 * and the reports, while the others, and a target whose indicator belongs to no feature, stay.
 */
class ProgramTargetsFeaturesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);
    private static final Clock CLOCK = Clock.fixed(DAY.atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant(),
            ZoneId.of("Asia/Tokyo"));

    private final ProgramProperties properties = new ProgramProperties("とちぎDX推進プラットフォーム", 2026, List.of(
            target("new-members"), target("kickoff"), target("consultation-companies-informed")),
            List.of(), List.of(), 5);

    private final Indicators indicators = new Indicators(List.of(
            counting("new-members", 3),
            Indicator.ofFeature("kickoff", counting("kickoff", 1)),
            Indicator.ofFeature("consultation", counting("consultation-companies-informed", 7))));

    @Test
    void theTargetsOfAnEnabledFeatureAndOfNoFeatureAreShown() {
        ProgramTargets targets = targets(List.of("kickoff", "consultation"));

        assertThat(targets.asOf(DAY)).extracting(progress -> progress.target().id())
                .containsExactly("new-members", "kickoff", "consultation-companies-informed");
    }

    @Test
    void aDisabledFeaturesTargetsHaveNoRowAndNoDrillDown() {
        ProgramTargets tochigi = targets(List.of("kickoff"));

        assertThat(tochigi.asOf(DAY)).extracting(progress -> progress.target().id())
                .containsExactly("new-members", "kickoff");
        assertThat(tochigi.find("consultation-companies-informed", DAY)).isEmpty();
        assertThat(tochigi.find("kickoff", DAY)).isPresent();
    }

    private ProgramTargets targets(List<String> enabled) {
        Features features = new Features(List.of(FeatureRoutes.of("kickoff"), FeatureRoutes.of("consultation",
                "/consultation/**")), new FeatureProperties(enabled));
        return new ProgramTargets(properties, indicators, CLOCK,
                new SiteProperties("とちぎDX推進プラットフォーム", "栃木県", "https://dx.example.jp"), features);
    }

    private static ProgramProperties.Target target(String indicator) {
        return new ProgramProperties.Target(indicator, indicator, "目標 " + indicator, 1, ProgramProperties.Per.PERIOD,
                null, null, false);
    }

    private static Indicator counting(String id, int records) {
        return ContentIndicators.simple(id, (from, to) -> java.util.stream.IntStream.range(0, records)
                .mapToObj(i -> new IndicatorData.CountedRecord(from, id + i, null, null, null)).toList());
    }
}
