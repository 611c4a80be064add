package jp.musubi.workflow.issuecase;

import java.time.Instant;
import java.time.LocalDate;

import jp.musubi.cms.common.JapaneseTimes;
import org.flowable.engine.ProcessEngineConfiguration;
import org.springframework.stereotype.Component;

/**
 * "Now" for issue cases: the process engine's clock, the one its deadline timers run on, so that
 * case timestamps and date checks agree with the timers (and with tests that move that clock).
 */
@Component
class CaseClock {


    private final ProcessEngineConfiguration engine;

    CaseClock(ProcessEngineConfiguration engine) {
        this.engine = engine;
    }

    Instant now() {
        return engine.getClock().getCurrentTime().toInstant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(now(), JapaneseTimes.ZONE);
    }
}
