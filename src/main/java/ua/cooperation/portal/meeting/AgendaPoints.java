package ua.cooperation.portal.meeting;

import java.util.List;

/**
 * The agenda points of one meeting as the reader may see them (staff: all; a partner: those of her countries), oldest
 * first, and what she may do: propose one (the meeting has not started, she is not previewing), accept or answer the
 * proposed ones (officers and administrators).
 */
public record AgendaPoints(List<AgendaPointView> points, boolean mayPropose, boolean mayDecide) {

    public AgendaPoints {
        points = List.copyOf(points);
    }
}
