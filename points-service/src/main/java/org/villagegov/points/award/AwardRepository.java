package org.villagegov.points.award;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AwardRepository extends MongoRepository<Award, String> {
}
