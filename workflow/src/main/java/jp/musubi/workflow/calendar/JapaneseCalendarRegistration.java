package jp.musubi.workflow.calendar;

import java.time.LocalTime;

import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.common.engine.impl.EngineConfigurator;
import org.flowable.common.engine.impl.calendar.BusinessCalendarManager;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;

/**
 * Registers the {@value JapaneseFlowableCalendar#NAME} business calendar in the process engine,
 * next to Flowable's own {@code duration}, {@code dueDate} and {@code cycle} calendars.
 *
 * <p>Configurers run before the engine initialises, when neither its business calendar manager
 * nor its clock exist yet. Rather than replace the manager (and copy Flowable's defaults), this
 * adds an engine configurator, which Flowable calls once both are in place and before any process
 * is deployed.
 */
public class JapaneseCalendarRegistration implements EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

    private final JapaneseBusinessCalendar calendar;
    private final LocalTime endOfBusinessDay;

    public JapaneseCalendarRegistration(JapaneseBusinessCalendar calendar, LocalTime endOfBusinessDay) {
        this.calendar = calendar;
        this.endOfBusinessDay = endOfBusinessDay;
    }

    @Override
    public void configure(SpringProcessEngineConfiguration configuration) {
        configuration.addConfigurator(new JapaneseCalendarConfigurator());
    }

    /** Named, because Flowable logs every configurator it runs by its class. */
    private final class JapaneseCalendarConfigurator implements EngineConfigurator {

        @Override
        public void beforeInit(AbstractEngineConfiguration engineConfiguration) {
            // Nothing exists yet to register into.
        }

        @Override
        public void configure(AbstractEngineConfiguration engineConfiguration) {
            ProcessEngineConfigurationImpl processEngine = (ProcessEngineConfigurationImpl) engineConfiguration;
            BusinessCalendarManager manager = processEngine.getBusinessCalendarManager();
            if (!(manager instanceof MapBusinessCalendarManager calendars)) {
                throw new IllegalStateException("cannot add the " + JapaneseFlowableCalendar.NAME
                        + " business calendar to " + manager);
            }
            calendars.addBusinessCalendar(JapaneseFlowableCalendar.NAME,
                    new JapaneseFlowableCalendar(processEngine.getClock(), calendar, endOfBusinessDay));
        }

        @Override
        public int getPriority() {
            return 0;
        }
    }
}
