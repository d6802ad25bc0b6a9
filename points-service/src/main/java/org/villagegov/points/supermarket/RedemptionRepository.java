package org.villagegov.points.supermarket;

import org.springframework.data.mongodb.repository.MongoRepository;

interface RedemptionRepository extends MongoRepository<Redemption, String> {
}
