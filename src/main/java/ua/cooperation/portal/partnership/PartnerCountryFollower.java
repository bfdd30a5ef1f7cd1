package ua.cooperation.portal.partnership;

import ua.cooperation.portal.base.PortalTime;

import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.registry.RegistryNamesChanged;
import ua.cooperation.portal.security.CurrentUser;


/**
 * A partnership keeps its partner's country for the liaison scope and the lists' indexes (ADR 0011). When an officer
 * moves the partner municipality or organisation to another country, its partnerships follow in the same
 * transaction, with a history entry: Lithuania's liaison stops seeing a partnership whose partner is now Polish, and
 * Poland's starts (ADR 0038).
 */
@Component
class PartnerCountryFollower {

    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final PortalTime time;

    PartnerCountryFollower(EntityManager entityManager, CurrentUser currentUser, PortalTime time) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.time = time;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onPartnerSaved(RegistryNamesChanged saved) {
        var partner = switch (saved.kind()) {
            case MUNICIPALITY -> "partnerMunicipality";
            case ORGANISATION -> "partnerOrganisation";
        };
        var stale = entityManager.createQuery("select p from Partnership p where p." + partner + ".id = :id"
                        + " and p.countryCode <> p." + partner + ".countryCode", Partnership.class)
                .setParameter("id", saved.id())
                .getResultList();
        var who = currentUser.get().map(u -> u.username()).orElse("system");
        for (var partnership : stale) {
            partnership.followPartnerCountry(who, time.now());
        }
        entityManager.flush();
    }
}
