package ua.cooperation.portal.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One invited portal user's answer whether she attends a meeting; one per meeting and user. */
@Entity
@Table(name = "meeting_attendance")
class Attendance {

    static final int NOTE_MAX_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttendanceAnswer answer;

    @Column(length = NOTE_MAX_LENGTH)
    private String note;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected Attendance() {
    }

    Attendance(long meetingId, long userId) {
        this.meetingId = meetingId;
        this.userId = userId;
    }

    void answer(AttendanceAnswer newAnswer, String newNote, Instant now) {
        this.answer = newAnswer;
        this.note = newNote;
        this.answeredAt = now;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getMeetingId() {
        return meetingId;
    }

    long getUserId() {
        return userId;
    }

    AttendanceAnswer getAnswer() {
        return answer;
    }

    String getNote() {
        return note;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }
}
