package ua.cooperation.portal.proposal.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.cooperation.portal.base.ui.NavigationEntry;
import ua.cooperation.portal.proposal.ProposalFilter;
import ua.cooperation.portal.proposal.ProposalService;
import ua.cooperation.portal.proposal.ProposalStatus;

/**
 * The proposals in the side navigation: for the office "Proposals" with the number of open ones; for partners "My
 * proposals" (those of their countries).
 */
@Configuration(proxyBeanMethods = false)
class ProposalNavigation {

    @Bean
    NavigationEntry proposalsNavigationEntry(ProposalService proposals) {
        return new NavigationEntry("proposals", 31, "proposal.list.title", VaadinIcon.LIGHTBULB,
                ProposalListView.class, () -> proposals.permissions().showsInternal(),
                () -> {
                    long open = proposals.countVisible(new ProposalFilter(ProposalStatus.PROPOSED, null));
                    return open == 0 ? null : Long.toString(open);
                });
    }

    @Bean
    NavigationEntry myProposalsNavigationEntry(ProposalService proposals) {
        return new NavigationEntry("my-proposals", 31, "proposal.list.mine", VaadinIcon.LIGHTBULB,
                ProposalListView.class, () -> !proposals.permissions().showsInternal());
    }
}
