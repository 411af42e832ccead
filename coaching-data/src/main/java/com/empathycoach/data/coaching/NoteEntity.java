package com.empathycoach.data.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A 1:1 coaching note: written by the coach, acknowledged once by the agent. */
@Entity
@Table(name = "coaching_note")
class NoteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "coach_id", nullable = false)
    long coachId;

    @Column(name = "agent_id", nullable = false)
    long agentId;

    @Column(name = "focus_key", nullable = false, length = 16)
    String focusKey;

    @Column(name = "went_well", nullable = false, length = 2000)
    String wentWell;

    @Column(name = "try_next", nullable = false, length = 2000)
    String tryNext;

    @Column(name = "follow_up_on", nullable = false)
    LocalDate followUpOn;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "acknowledged_at")
    Instant acknowledgedAt;

    @Column(name = "agent_reply", length = 1000)
    String agentReply;

    @Version
    int version;

    protected NoteEntity() {
    }

    NoteEntity(long coachId, long agentId, String focusKey, String wentWell, String tryNext) {
        this.coachId = coachId;
        this.agentId = agentId;
        this.focusKey = focusKey;
        this.wentWell = wentWell;
        this.tryNext = tryNext;
    }
}
