package ua.cooperation.portal.meeting;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByMeetingIdOrderByDueOnAscIdAsc(long meetingId);

    List<ActionItem> findByOwnerUserIdOrderByDueOnAscIdAsc(long ownerUserId);

    List<ActionItem> findByOwnerUserIdAndStatusInOrderByDueOnAscIdAsc(long ownerUserId,
                                                                     Collection<ActionItemStatus> statuses);
}
