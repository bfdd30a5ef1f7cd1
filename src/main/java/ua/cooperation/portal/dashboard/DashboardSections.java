package ua.cooperation.portal.dashboard;

/**
 * Which parts of the start page the signed-in reader gets, decided by {@link DashboardService} from their roles so
 * that the view only lays them out: one dashboard per role the reader holds (each once), and whether their figures
 * are narrowed to their own countries.
 *
 * @param officer           the officer's dashboard ({@link DashboardService#officerDashboard})
 * @param head              the head's overview ({@link DashboardService#headDashboard})
 * @param liaison           the liaison's dashboard ({@link DashboardService#liaisonDashboard})
 * @param countryRestricted the reader sees only their own countries' shared records (a partner), so the page says
 *                          which countries those are
 */
public record DashboardSections(boolean officer, boolean head, boolean liaison, boolean countryRestricted) {

    /** An officer who is also a liaison has seen their own items in the officer's section already. */
    public boolean liaisonListsOwnItems() {
        return !officer;
    }
}
