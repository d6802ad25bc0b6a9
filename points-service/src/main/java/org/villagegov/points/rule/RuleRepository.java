package org.villagegov.points.rule;

import org.springframework.data.mongodb.repository.MongoRepository;

interface RuleRepository extends MongoRepository<Rule, String> {
}
