package com.empathycoach.data.coaching;

import com.empathycoach.core.coaching.AssignedItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** What a coach edits: the due date, the note, whether it is still active. The agents' rows stay on JDBC. */
@Entity
@Table(name = "assignment")
class AssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "team_id", nullable = false)
    long teamId;

    @Column(name = "coach_id", nullable = false)
    long coachId;

    @Column(nullable = false, length = 16)
    String kind;

    @Column(name = "content_id", nullable = false, length = 100)
    String contentId;

    @Column(name = "lesson_id", length = 100)
    String lessonId;

    @Column(name = "item_key", nullable = false, length = 210)
    String itemKey;

    @Column(nullable = false, length = 400)
    String title;

    @Column(name = "due_on", nullable = false)
    LocalDate dueOn;

    @Column(length = 1000)
    String note;

    @Column(nullable = false, length = 16)
    String status = "ACTIVE";

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    int version;

    protected AssignmentEntity() {
    }

    AssignmentEntity(long teamId, long coachId, AssignedItem item, String title, Instant now) {
        this.teamId = teamId;
        this.coachId = coachId;
        this.kind = item.kind().name();
        this.contentId = item.contentId();
        this.lessonId = item.lessonId();
        this.itemKey = item.key();
        this.title = title;
        this.createdAt = now;
        this.updatedAt = now;
    }
}
