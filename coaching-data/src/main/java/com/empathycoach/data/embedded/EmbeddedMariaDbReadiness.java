package com.empathycoach.data.embedded;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * Holds back every DataSource until the embedded MariaDB, started in the background, accepts
 * connections. Everything that does not need the database boots meanwhile.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EmbeddedMariaDbEnvironment.ACTIVE_PROPERTY, havingValue = "true")
class EmbeddedMariaDbReadiness {

    @Bean
    static BeanPostProcessor awaitEmbeddedMariaDb() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource && EmbeddedMariaDb.current() != null) {
                    EmbeddedMariaDb.current().awaitReady();
                }
                return bean;
            }
        };
    }
}
