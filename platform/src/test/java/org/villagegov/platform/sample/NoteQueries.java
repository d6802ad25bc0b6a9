package org.villagegov.platform.sample;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.platform.data.MongoPages;

/** The notes' list query: a feature's query class, so the controller never builds criteria. */
@Component
class NoteQueries {

    private final MongoOperations mongo;

    NoteQueries(MongoOperations mongo) {
        this.mongo = mongo;
    }

    Page<Note> ofVillage(String village, Pageable pageable) {
        return MongoPages.find(mongo, Query.query(Criteria.where("village").is(village)), pageable, Sort.by("_id"), Note.class);
    }
}
