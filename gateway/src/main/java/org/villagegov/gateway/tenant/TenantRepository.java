package org.villagegov.gateway.tenant;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;

interface TenantRepository extends ReactiveMongoRepository<TenantRecord, String> {

    Flux<TenantRecord> findAllBy(Pageable pageable);
}
