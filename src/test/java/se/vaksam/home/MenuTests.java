package se.vaksam.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.vaksam.shared.NavigationEntry;
import se.vaksam.shared.NavigationEntry.Group;

/** The menu: groups in their order holding only the permitted entries, and the current place marked. */
class MenuTests {

    private static final List<NavigationEntry> PERMITTED = List.of(
            new NavigationEntry(0, "nav.home", "/", Group.START),
            new NavigationEntry(100, "nav.org", "/org", Group.ORGANISATION),
            new NavigationEntry(200, "nav.risks", "/risks", Group.INTERNAL_CONTROL),
            new NavigationEntry(210, "nav.riskAnalyses", "/risk-analyses", Group.INTERNAL_CONTROL),
            new NavigationEntry(800, "nav.orgTransfer", "/org/transfer", Group.ADMINISTRATION));

    @Test
    void groupsFollowTheirOrderAndAGroupWithoutPermittedEntriesIsLeftOut() {
        List<ShellModel.MenuGroup> menu = ShellModel.menu(PERMITTED, "/");

        assertThat(menu).extracting(ShellModel.MenuGroup::group).containsExactly(Group.START, Group.INTERNAL_CONTROL,
                Group.ORGANISATION, Group.ADMINISTRATION);
        assertThat(menu.get(1).entries()).extracting(ShellModel.MenuEntry::path).containsExactly("/risks",
                "/risk-analyses");
    }

    @Test
    void theCurrentPageIsMarkedAndAPageBelowAnEntryMarksThatEntryAndItsGroup() {
        assertThat(marked(ShellModel.menu(PERMITTED, "/risks"))).containsExactly("/risks=page");
        assertThat(marked(ShellModel.menu(PERMITTED, "/risks/12"))).containsExactly("/risks=true");
        assertThat(marked(ShellModel.menu(PERMITTED, "/org/transfer"))).containsExactly("/org/transfer=page");
        assertThat(marked(ShellModel.menu(PERMITTED, "/org/units/3"))).containsExactly("/org=true");
        assertThat(marked(ShellModel.menu(PERMITTED, "/plans"))).isEmpty();
        assertThat(ShellModel.menu(PERMITTED, "/risk-analyses/1")).filteredOn(ShellModel.MenuGroup::current)
                .extracting(ShellModel.MenuGroup::group).containsExactly(Group.INTERNAL_CONTROL);
    }

    private static List<String> marked(List<ShellModel.MenuGroup> menu) {
        return menu.stream().flatMap(g -> g.entries().stream()).filter(e -> e.ariaCurrent() != null)
                .map(e -> e.path() + "=" + e.ariaCurrent()).toList();
    }
}
