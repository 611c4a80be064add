package jp.musubi.workflow.consultation;

import java.time.LocalDate;

import jp.musubi.workflow.consultation.ConsultationFigures.Figure;
import jp.musubi.workflow.program.Indicator;
import jp.musubi.workflow.program.IndicatorData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The desk's measures on the program dashboard (Kumamoto: ≥60 companies given information, ≥30 of
 * them in contact): one record per consultation, dated by the step the figure counts.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationIndicators {

    static final String INFORMED = "consultation-companies-informed";
    static final String CONTACTED = "consultation-companies-contacted";

    @Bean
    Indicator consultationInformedIndicator(ConsultationFigures figures) {
        return indicator(INFORMED, Figure.INFORMED, figures);
    }

    @Bean
    Indicator consultationContactedIndicator(ConsultationFigures figures) {
        return indicator(CONTACTED, Figure.IN_CONTACT, figures);
    }

    private static Indicator indicator(String id, Figure figure, ConsultationFigures figures) {
        return new Indicator() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String feature() {
                return ConsultationBeans.FEATURE;
            }

            @Override
            public IndicatorData collect(LocalDate from, LocalDate to) {
                return IndicatorData.of(figures.lines(from, to, figure).stream()
                        .map(line -> new IndicatorData.CountedRecord(ConsultationFigures.dayOf(line.at()),
                                line.organization(), line.topic(), null, ConsultationPages.LIST + "/" + line.id()))
                        .toList());
            }
        };
    }
}
