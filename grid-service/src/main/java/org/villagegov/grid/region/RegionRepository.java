package org.villagegov.grid.region;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface RegionRepository extends MongoRepository<Region, String> {

    List<Region> findByParentId(String parentId);
}
