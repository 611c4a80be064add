package jp.musubi.workflow.engine;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The tables of this feature in the handover archive (引継ぎデータ). */
@Configuration(proxyBeanMethods = false)
class EngineHandover {

    private static final String HISTORY_BYTE_ARRAYS =
            "id_ IN (SELECT bytearray_id_ FROM act_hi_varinst WHERE bytearray_id_ IS NOT NULL)";

    @Bean
    @Order(140)
    HandoverSection engineHandoverSection() {
        return HandoverSection.of("i18n/workflow", "history",
                "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_comment",
                "act_hi_identitylink")
                // Long texts and serialized values of the history's variables; the deployments' resources are
                // the new installation's own.
                .withPartialTable("act_ge_bytearray", HISTORY_BYTE_ARRAYS);
    }
}
