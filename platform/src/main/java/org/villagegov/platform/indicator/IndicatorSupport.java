package org.villagegov.platform.indicator;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.villagegov.platform.messaging.EventSubscription;
import org.villagegov.platform.messaging.MessagingProperties;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.ProvinceScope;
import org.villagegov.platform.tenancy.TenantRegistry;
import org.villagegov.platform.time.CountyTime;
import tools.jackson.databind.JsonNode;

/** The indicator read models of a service that declares an {@link IndicatorSource}. */
@Configuration(proxyBeanMethods = false)
@Import(IndicatorController.class)
public class IndicatorSupport {

    @Bean
    IndicatorLedger indicatorLedger(MongoTemplate mongo, IndicatorSource source, Clock clock) {
        return new IndicatorLedger(mongo, source, clock);
    }

    @Bean
    IndicatorReader indicatorReader(MongoTemplate mongo, IndicatorLedger ledger, IndicatorSource source) {
        return new IndicatorReader(mongo, ledger, source);
    }

    @Bean
    IndicatorReports indicatorReports(IndicatorSource source, IndicatorReader reader, MongoTemplate mongo,
                                      PlaceGuard places) {
        return new IndicatorReports(source, reader, mongo, places);
    }

    @Bean
    IndicatorAccess indicatorAccess(IndicatorReports reports, ProvinceScope province) {
        return new IndicatorAccess(reports, province);
    }

    @Bean
    Reconciliation indicatorReconciliation(MongoTemplate mongo, IndicatorSource source, IndicatorLedger ledger,
                                           TenantRegistry registry, ObjectProvider<MeterRegistry> meters) {
        return new Reconciliation(mongo, source, ledger, registry, meters);
    }

    @Bean
    IndicatorMaintenance indicatorMaintenance(IndicatorRefresher refresher, Reconciliation reconciliation,
                                              TenantRegistry registry, MongoTemplate mongo, CountyTime time,
                                              IndicatorProperties properties) {
        return new IndicatorMaintenance(refresher, reconciliation, registry, mongo, time, properties);
    }

    @Bean
    IndicatorRefresher indicatorRefresher(MongoTemplate mongo, IndicatorLedger ledger, Clock clock,
                                          IndicatorProperties properties) {
        return new IndicatorRefresher(mongo, ledger, clock, properties.debounce());
    }

    /** The service's own events mark the villages they name as due for a refresh. */
    @Bean
    @ConditionalOnBean(MessagingProperties.class)
    EventSubscription<JsonNode> indicatorRefresh(MessagingProperties messaging, IndicatorRefresher refresher) {
        return IndicatorTriggers.subscription(messaging.exchange(), refresher);
    }
}
