package jp.musubi.workflow.minutes;

import java.util.List;

import javax.sql.DataSource;

import jp.musubi.workflow.calendar.CalendarConfiguration;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.spring.ProcessEngineFactoryBean;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The process engine as Flowable's Spring Boot starter builds it, reduced to what the processes
 * need: every {@link EngineConfigurationConfigurer} bean is applied, as the starter does.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({CalendarConfiguration.class, MinutesReminderDelegate.class, MinutesOverdueDelegate.class})
class FlowableTestConfiguration {

    @Bean
    DataSource dataSource() {
        return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:workflow-processes;DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    @Bean
    SpringProcessEngineConfiguration processEngineConfiguration(DataSource dataSource, PlatformTransactionManager transactionManager,
            List<EngineConfigurationConfigurer<SpringProcessEngineConfiguration>> configurers) {
        SpringProcessEngineConfiguration configuration = new SpringProcessEngineConfiguration();
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setDatabaseSchemaUpdate("true");
        // Timers are executed by the tests, at the engine time they set.
        configuration.setAsyncExecutorActivate(false);
        configurers.forEach(configurer -> configurer.configure(configuration));
        return configuration;
    }

    @Bean
    ProcessEngineFactoryBean processEngine(SpringProcessEngineConfiguration configuration) {
        ProcessEngineFactoryBean factory = new ProcessEngineFactoryBean();
        factory.setProcessEngineConfiguration(configuration);
        return factory;
    }

    @Bean
    RepositoryService repositoryService(ProcessEngine engine) {
        return engine.getRepositoryService();
    }

    @Bean
    RuntimeService runtimeService(ProcessEngine engine) {
        return engine.getRuntimeService();
    }

    @Bean
    TaskService taskService(ProcessEngine engine) {
        return engine.getTaskService();
    }

    @Bean
    ManagementService managementService(ProcessEngine engine) {
        return engine.getManagementService();
    }

    @Bean
    HistoryService historyService(ProcessEngine engine) {
        return engine.getHistoryService();
    }
}
