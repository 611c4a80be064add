package jp.musubi.workflow.survey;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class SurveyHandover {

    @Bean
    @Order(100)
    HandoverSection surveyHandoverSection() {
        return HandoverSection.of("i18n/survey", "surveys",
                "survey", "survey_question", "survey_target", "survey_answer");
    }
}
