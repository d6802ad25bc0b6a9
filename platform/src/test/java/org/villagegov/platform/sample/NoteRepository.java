package org.villagegov.platform.sample;

import org.springframework.data.mongodb.repository.MongoRepository;

interface NoteRepository extends MongoRepository<Note, String> {
}
