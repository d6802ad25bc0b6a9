package org.villagegov.platform.sample;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.messaging.AggregateRoot;

@Document("notes")
class Note extends AggregateRoot {

    enum Kind { NOTICE, MINUTES }

    @Id
    private String id;
    private String township;
    private String village;
    private String text;
    private Kind kind;
    private boolean archived;

    Note(String id, String township, String village, String text, Kind kind) {
        this.id = id;
        this.township = township;
        this.village = village;
        this.text = text;
        this.kind = kind;
    }

    static Note create(String id, String township, String village, String text, Kind kind) {
        Note note = new Note(id, township, village, text, kind);
        note.raise("note.created", new NoteCreated(id, village, text));
        return note;
    }

    void archive() {
        if (archived) {
            throw new ConflictException("Note " + id + " is already archived");
        }
        archived = true;
        raise("note.archived", new NoteCreated(id, village, text));
    }

    void edit(String newText) {
        this.text = newText;
    }

    String getId() {
        return id;
    }

    String getTownship() {
        return township;
    }

    String getVillage() {
        return village;
    }

    String getText() {
        return text;
    }

    Kind getKind() {
        return kind;
    }

    boolean isArchived() {
        return archived;
    }

    record NoteCreated(String noteId, String village, String text) {
    }
}
