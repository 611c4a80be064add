package jp.musubi.workflow.inbox;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.engine.RuntimeService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the inbox's task listener with the engine once every bean exists (it needs the mail beans). */
@Configuration(proxyBeanMethods = false)
class InboxEngineConfiguration {

    @Bean
    SmartInitializingSingleton inboxTaskListenerRegistration(RuntimeService runtime, TaskAppearedListener listener) {
        return () -> runtime.addEventListener(listener, FlowableEngineEventType.TASK_CREATED);
    }
}
