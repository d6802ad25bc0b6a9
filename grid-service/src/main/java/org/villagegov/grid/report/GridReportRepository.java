package org.villagegov.grid.report;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface GridReportRepository extends MongoRepository<GridReport, String> {

    List<GridReport> findByStatus(GridReport.Status status);
}
