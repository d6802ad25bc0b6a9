package org.villagegov.points.supermarket;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ItemRepository extends MongoRepository<Item, String> {
}
