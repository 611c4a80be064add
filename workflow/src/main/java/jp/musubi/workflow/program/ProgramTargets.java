package jp.musubi.workflow.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.feature.Features;
import jp.musubi.cms.site.SiteProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The configured targets computed from the data, as of today (Asia/Tokyo) or as of a given day. */
@Service
@Transactional(readOnly = true)
public class ProgramTargets {

    private final ProgramProperties properties;
    private final Indicators indicators;
    private final Clock clock;
    private final String localGovernmentTerm;
    private final Features features;

    ProgramTargets(ProgramProperties properties, Indicators indicators, Clock clock, SiteProperties site,
                   Features features) {
        this.localGovernmentTerm = site.localGovernmentTerm();
        this.properties = properties;
        this.indicators = indicators;
        this.clock = clock;
        this.features = features;
    }

    public ProgramYear year() {
        return new ProgramYear(properties.fiscalYear());
    }

    public String programName() {
        return properties.name();
    }

    public LocalDate today() {
        return JapaneseTimes.today(clock);
    }

    public List<TargetProgress> asOf(LocalDate day) {
        return IndicatorMemo.within(() -> shown().map(target -> compute(target, day)).toList());
    }

    public List<TargetProgress> now() {
        return asOf(today());
    }

    public Optional<TargetProgress> find(String targetId, LocalDate day) {
        return IndicatorMemo.within(() -> shown().filter(target -> target.id().equals(targetId))
                .findFirst().map(target -> compute(target, day)));
    }

    /** The configured targets but those over a disabled feature's indicator. */
    private java.util.stream.Stream<ProgramProperties.Target> shown() {
        return properties.targets().stream().filter(target -> indicators.find(target.indicator())
                .map(Indicator::feature).map(features::isEnabled).orElse(true));
    }

    private TargetProgress compute(ProgramProperties.Target configured, LocalDate day) {
        ProgramProperties.Target target = labelled(configured);
        ProgramYear year = year();
        return indicators.find(target.indicator())
                .map(indicator -> {
                    LocalDate from = TargetCalculator.from(target, year);
                    LocalDate to = min(TargetCalculator.to(target, year), day);
                    // Two targets over one indicator and period (a year and its quarters) collect it once.
                    IndicatorData data = IndicatorMemo.get(List.of("indicator", indicator.id(), from, to),
                            () -> indicator.collect(from, to));
                    return TargetCalculator.compute(target, year, data, day);
                })
                .orElseGet(() -> TargetCalculator.unavailable(target, year));
    }

    /** A target without its own label gets its indicator's, in the programme's words (県・市町 / 県・市町村). */
    private ProgramProperties.Target labelled(ProgramProperties.Target target) {
        String key = "program.indicator." + target.indicator();
        if ((target.label() != null && !target.label().isBlank()) || !ProgramTexts.TEXTS.has(key)) {
            return target;
        }
        return new ProgramProperties.Target(target.id(), target.indicator(), ProgramTexts.TEXTS.get(key, localGovernmentTerm),
                target.number(), target.per(), target.from(), target.to(), target.exact());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
