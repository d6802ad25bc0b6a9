package org.villagegov.council.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.AggregateRoot;
import org.villagegov.platform.time.CountyTime;

/**
 * A notice on the village's disclosure board ("three disclosures": party affairs, village
 * affairs, finances), public within its publication window unless withdrawn.
 */
@Document("notices")
class Notice extends AggregateRoot {

    enum Category { PARTY_AFFAIRS, VILLAGE_AFFAIRS, FINANCES }

    record NoticePublished(String noticeId, String townshipId, String villageId, Category category,
                           LocalDate publishFrom, LocalDate publishUntil, LocalDate postedOn) {
    }

    record NoticeWithdrawn(String noticeId, String townshipId, String villageId, LocalDate withdrawnOn) {
    }

    @Id
    private String id;
    private String townshipId;
    @Indexed
    private String villageId;
    private Category category;
    private String title;
    private String body;
    private LocalDate publishFrom;
    private LocalDate publishUntil;
    private String postedBy;
    private Instant postedAt;
    private String withdrawnReason;
    private Instant withdrawnAt;

    Notice() {
    }

    static Notice post(String townshipId, String villageId, Category category, String title, String body,
                       LocalDate from, LocalDate until, String by, LocalDate today, Instant now) {
        if (until.isBefore(from)) {
            throw new RuleViolationException("publishUntil", "The window ends on or after it starts");
        }
        if (until.isBefore(today)) {
            throw new RuleViolationException("publishUntil", "The window is over already");
        }
        Notice notice = new Notice();
        notice.id = UUID.randomUUID().toString();
        notice.townshipId = townshipId;
        notice.villageId = villageId;
        notice.category = category;
        notice.title = title;
        notice.body = body;
        notice.publishFrom = from;
        notice.publishUntil = until;
        notice.postedBy = by;
        notice.postedAt = now;
        // the village's disclosure indicators follow the board: posting and withdrawing raise events naming it
        notice.raise("notice.published", new NoticePublished(notice.id, townshipId, villageId, category, from, until,
                today), now);
        return notice;
    }

    void withdraw(String reason, Instant now) {
        if (withdrawnAt != null) {
            throw new ConflictException("This notice was withdrawn already");
        }
        withdrawnReason = reason;
        withdrawnAt = now;
        raise("notice.withdrawn", new NoticeWithdrawn(id, townshipId, villageId, CountyTime.dateOf(now)), now);
    }

    boolean current(LocalDate today) {
        return withdrawnAt == null && !today.isBefore(publishFrom) && !today.isAfter(publishUntil);
    }

    String id() {
        return id;
    }

    String townshipId() {
        return townshipId;
    }

    String villageId() {
        return villageId;
    }

    Category category() {
        return category;
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    LocalDate publishFrom() {
        return publishFrom;
    }

    LocalDate publishUntil() {
        return publishUntil;
    }

    String postedBy() {
        return postedBy;
    }

    String withdrawnReason() {
        return withdrawnReason;
    }

    Instant withdrawnAt() {
        return withdrawnAt;
    }

    Instant postedAt() {
        return postedAt;
    }
}
