package ua.cooperation.portal.comment;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import ua.cooperation.portal.translation.TextOwnerKind;

import java.util.List;

/**
 * The comments of one record. Every query takes {@code staff}: without it, staff-only comments are not read at all,
 * so a partner's thread, count and history never hold them (the rule lives in the query, not in a view).
 */
interface CommentRepository extends JpaRepository<Comment, Long> {

    /** The newest comments first (ix_record_comment_subject). */
    @Query("select c from Comment c where c.subjectKind = :kind and c.subjectId = :subjectId"
            + " and (c.staffOnly = false or :staff = true) order by c.id desc")
    List<Comment> newestOf(@Param("kind") TextOwnerKind kind, @Param("subjectId") long subjectId,
                           @Param("staff") boolean staff, Pageable page);

    @Query("select count(c) from Comment c where c.subjectKind = :kind and c.subjectId = :subjectId"
            + " and (c.staffOnly = false or :staff = true)")
    long countOf(@Param("kind") TextOwnerKind kind, @Param("subjectId") long subjectId,
                 @Param("staff") boolean staff);

    /** Every comment of the record, oldest first, for its history. */
    @Query("select c from Comment c where c.subjectKind = :kind and c.subjectId = :subjectId"
            + " and (c.staffOnly = false or :staff = true) order by c.id")
    List<Comment> allOf(@Param("kind") TextOwnerKind kind, @Param("subjectId") long subjectId,
                        @Param("staff") boolean staff);
}
