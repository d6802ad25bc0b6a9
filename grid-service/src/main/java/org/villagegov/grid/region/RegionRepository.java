package org.villagegov.grid.region;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The region tree's nodes; public for the lookup, which answers other services from it. */
public interface RegionRepository extends MongoRepository<Region, String> {
}
