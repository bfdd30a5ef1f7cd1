package ua.cooperation.portal.comment;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.base.ConcurrentEditException;
import ua.cooperation.portal.base.HistoryEntry;
import ua.cooperation.portal.base.PortalTime;
import ua.cooperation.portal.base.RecordNotFoundException;
import ua.cooperation.portal.comment.CommentRefusedException.Reason;
import ua.cooperation.portal.security.AccessPolicy;
import ua.cooperation.portal.security.CurrentUser;
import ua.cooperation.portal.security.LiaisonPreview;
import ua.cooperation.portal.security.PartnerWrites;
import ua.cooperation.portal.security.PortalUser;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Comment threads under meetings, partnerships, programmes and decisions (issue 21). Whoever may open the record may
 * read its thread and write in it: the record is found through its own feature's scoped service (a decision through
 * its meeting's), so an id out of the reader's scope answers "not found" like a missing one. Staff may keep a comment
 * for the office ("staff only"): the queries leave such comments out for partners, in threads, counts and history
 * alike, and no partner is told of them. Staff names are withheld from partners ({@link AccessPolicy#authors}).
 * <p>
 * The author edits her comment within {@link #EDIT_WINDOW} of writing it; she or an administrator removes it, which
 * clears its text and keeps who wrote it and when. A partner's write passes {@link PartnerWrites} first; an officer
 * previewing the portal as a liaison reads as the liaison and changes nothing.
 */
@Service
public class CommentService {

    /** How long after writing a comment its author may still change it. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    /** The longest comment. */
    public static final int BODY_MAX_LENGTH = Comment.BODY_MAX_LENGTH;
    /** How many comments a thread shows at first, and how many more "show earlier" adds. */
    public static final int PAGE_SIZE = 50;

    private final CommentRepository comments;
    private final CommentSubjects subjects;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final LiaisonPreview preview;
    private final PartnerWrites partnerWrites;
    private final PortalTime time;
    private final ApplicationEventPublisher events;

    CommentService(CommentRepository comments, CommentSubjects subjects, AccessPolicy policy, CurrentUser currentUser,
                   LiaisonPreview preview, PartnerWrites partnerWrites, PortalTime time,
                   ApplicationEventPublisher events) {
        this.comments = comments;
        this.subjects = subjects;
        this.policy = policy;
        this.currentUser = currentUser;
        this.preview = preview;
        this.partnerWrites = partnerWrites;
        this.time = time;
        this.events = events;
    }

    /**
     * The newest {@code limit} comments of the record the reader may see, oldest first (at least one, at most a
     * thousand at a time).
     *
     * @throws RecordNotFoundException when the record is missing or out of the reader's scope
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CommentThread thread(TextOwnerKind kind, long subjectId, int limit) {
        var me = currentUser.require();
        subjects.require(kind, subjectId);
        boolean staff = policy.showsInternal();
        int size = Math.clamp(limit, 1, 1000);
        var newest = new ArrayList<>(comments.newestOf(kind, subjectId, staff, PageRequest.of(0, size + 1)));
        boolean hasEarlier = newest.size() > size;
        if (hasEarlier) {
            newest.removeLast();
        }
        Collections.reverse(newest);
        var names = namesOf(newest);
        var items = newest.stream().map(c -> item(c, me, names)).toList();
        return new CommentThread(items, hasEarlier, comments.countOf(kind, subjectId, staff), staff);
    }

    /**
     * Writes a comment under the record and tells its followers and officer (never the writer; partners never of a
     * staff-only comment).
     *
     * @throws RecordNotFoundException  when the record is missing or out of the writer's scope
     * @throws CommentRefusedException  for an empty, over-long or control-character text, or "staff only" from a
     *                                  partner; nothing is stored
     * @throws AccessDeniedException    during a liaison preview
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CommentItem add(TextOwnerKind kind, long subjectId, String body, boolean staffOnly) {
        var me = currentUser.require();
        var subject = subjects.require(kind, subjectId);
        refusePreview();
        var text = checkedBody(body);
        if (staffOnly && !policy.showsInternal()) {
            throw new CommentRefusedException(Reason.STAFF_ONLY_NOT_ALLOWED);
        }
        partnerWrites.admit("comment.add", subject.describe());
        var comment = comments.saveAndFlush(new Comment(kind, subjectId, me.id(), me.username(), text, staffOnly,
                now()));
        events.publishEvent(new CommentAdded(subject.recordKind(), subject.recordId(), comment.getId(),
                subject.countryCodes(), subject.sharedWithPartners() && !staffOnly, subject.meetingId()));
        return item(comment, me, UnaryOperator.identity());
    }

    /**
     * The author changes her comment's text within {@link #EDIT_WINDOW} of writing it.
     *
     * @throws RecordNotFoundException  when the comment is missing, staff-only for a partner, or its record out of
     *                                  scope
     * @throws CommentRefusedException  not hers, too late, removed, or the text refused; nothing is stored
     * @throws ConcurrentEditException  when it changed since {@code version} was read
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CommentItem edit(long commentId, long version, String body) {
        var me = currentUser.require();
        var comment = visibleComment(commentId);
        refusePreview();
        var text = checkedBody(body);
        if (comment.getAuthorId() != me.id()) {
            throw new CommentRefusedException(Reason.NOT_AUTHOR);
        }
        if (comment.isRemoved()) {
            throw new CommentRefusedException(Reason.REMOVED);
        }
        if (!withinEditWindow(comment)) {
            throw new CommentRefusedException(Reason.EDIT_WINDOW_CLOSED);
        }
        checkVersion(comment, version);
        partnerWrites.admit("comment.edit", "COMMENT " + commentId);
        comment.edit(text, now());
        comments.flush();
        return item(comment, me, UnaryOperator.identity());
    }

    /**
     * The author (or an administrator) removes a comment: its text is gone, "comment removed" stays in its place with
     * who wrote it and when.
     *
     * @throws RecordNotFoundException  as {@link #edit}
     * @throws CommentRefusedException  neither hers nor an administrator's, or removed already
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CommentItem remove(long commentId) {
        var me = currentUser.require();
        var comment = visibleComment(commentId);
        refusePreview();
        if (comment.isRemoved()) {
            throw new CommentRefusedException(Reason.REMOVED);
        }
        if (comment.getAuthorId() != me.id() && !policy.mayAdminister()) {
            throw new CommentRefusedException(Reason.MAY_NOT_REMOVE);
        }
        partnerWrites.admit("comment.remove", "COMMENT " + commentId);
        comment.remove(me.username(), now());
        comments.flush();
        return item(comment, me, namesOf(List.of(comment)));
    }

    /**
     * The comments' lines of the record's history, newest first: each written, the last edit of each, each removal,
     * with who as the reader may read it. Staff-only comments only for staff.
     *
     * @throws RecordNotFoundException when the record is missing or out of the reader's scope
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CommentHistoryLine> historyOf(TextOwnerKind kind, long subjectId) {
        currentUser.require();
        subjects.require(kind, subjectId);
        var all = comments.allOf(kind, subjectId, policy.showsInternal());
        var names = namesOf(all);
        var lines = new ArrayList<CommentHistoryLine>();
        for (var c : all) {
            var author = names.apply(c.getAuthorUsername());
            lines.add(new CommentHistoryLine(c.getId(), HistoryEntry.Kind.CREATED, c.getCreatedAt(), author,
                    c.getBody(), c.isStaffOnly()));
            if (c.getEditedAt() != null) {
                lines.add(new CommentHistoryLine(c.getId(), HistoryEntry.Kind.CHANGED, c.getEditedAt(), author,
                        c.getBody(), c.isStaffOnly()));
            }
            if (c.isRemoved()) {
                lines.add(new CommentHistoryLine(c.getId(), HistoryEntry.Kind.DELETED, c.getRemovedAt(),
                        names.apply(c.getRemovedBy()), null, c.isStaffOnly()));
            }
        }
        lines.sort(java.util.Comparator.comparing(CommentHistoryLine::at).reversed());
        return lines;
    }

    /** The comment, if the reader may see it: its record in her scope, and not kept for the office from a partner. */
    private Comment visibleComment(long commentId) {
        var comment = comments.findById(commentId)
                .filter(c -> !c.isStaffOnly() || policy.showsInternal())
                .orElseThrow(() -> new RecordNotFoundException("COMMENT " + commentId));
        subjects.require(comment.getSubjectKind(), comment.getSubjectId());
        return comment;
    }

    /** Now, to the microsecond the column keeps: what a write answers is what a later read gives. */
    private java.time.Instant now() {
        return time.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private boolean mayWrite() {
        return preview.previewedCountry().isEmpty();
    }

    /** A preview changes nothing; checked after the record was found as the previewed liaison would find it. */
    private void refusePreview() {
        if (!mayWrite()) {
            throw new AccessDeniedException("A liaison preview changes nothing");
        }
    }

    private boolean withinEditWindow(Comment comment) {
        return time.now().isBefore(comment.getCreatedAt().plus(EDIT_WINDOW));
    }

    private static void checkVersion(Comment comment, long version) {
        if (comment.getVersion() != version) {
            throw new ConcurrentEditException("COMMENT " + comment.getId(), version, comment.getVersion());
        }
    }

    /** The text as stored: without surrounding blanks; refused when empty, too long or holding control characters. */
    static String checkedBody(String body) {
        var problem = problemWith(body);
        if (problem.isPresent()) {
            throw new CommentRefusedException(problem.get());
        }
        return body.strip();
    }

    /**
     * What the service would refuse in a comment's text, for a field to say so before it is sent: empty (blanks
     * only), longer than {@link #BODY_MAX_LENGTH} once stripped, or control characters other than line breaks and
     * tabs.
     */
    public static java.util.Optional<Reason> problemWith(String body) {
        var text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            return java.util.Optional.of(Reason.BODY_EMPTY);
        }
        if (text.length() > BODY_MAX_LENGTH) {
            return java.util.Optional.of(Reason.BODY_TOO_LONG);
        }
        boolean control = text.chars().anyMatch(ch -> Character.getType(ch) == Character.CONTROL
                && ch != '\n' && ch != '\r' && ch != '\t');
        return control ? java.util.Optional.of(Reason.BODY_CONTROL_CHARACTERS) : java.util.Optional.empty();
    }

    private UnaryOperator<String> namesOf(List<Comment> shown) {
        return policy.authors(shown.stream().flatMap(c -> Stream.of(c.getAuthorUsername(), c.getRemovedBy()))
                .filter(java.util.Objects::nonNull).toList());
    }

    private CommentItem item(Comment c, PortalUser me, UnaryOperator<String> names) {
        // a preview reads as the liaison would: none of the comments is its own, and it changes none
        boolean own = mayWrite() && c.getAuthorId() == me.id();
        boolean writes = mayWrite() && !c.isRemoved();
        return new CommentItem(c.getId(), c.getVersion(), names.apply(c.getAuthorUsername()), own, c.getBody(),
                c.isStaffOnly(), c.getCreatedAt(), c.getEditedAt(), c.getRemovedAt(),
                c.getRemovedBy() == null ? null : names.apply(c.getRemovedBy()),
                writes && own && withinEditWindow(c), writes && (own || policy.mayAdminister()));
    }
}
