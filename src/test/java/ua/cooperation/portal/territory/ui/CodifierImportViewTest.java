package ua.cooperation.portal.territory.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import ua.cooperation.portal.security.ui.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import ua.cooperation.portal.territory.AdminUnitRow;
import ua.cooperation.portal.territory.TerritoryService;
import ua.cooperation.portal.testsupport.KaribuTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/** Use cases of the territorial units page; uploads run in a transaction that the test rolls back. */
@Transactional
class CodifierImportViewTest extends KaribuTest {

    @Autowired
    TerritoryService territory;

    @SuppressWarnings("unchecked")
    private static Grid<AdminUnitRow> grid() {
        return _get(Grid.class, spec -> spec.withId(CodifierImportView.ID_GRID));
    }

    @Test
    void admin_finds_a_unit_in_the_list_by_its_latin_name() {
        signInAs("admin");
        UI.getCurrent().navigate(CodifierImportView.class);

        assertThat(_get(Upload.class, spec -> spec.withId(CodifierImportView.ID_UPLOAD))).isNotNull();
        _get(TextField.class, spec -> spec.withId(CodifierImportView.ID_SEARCH)).setValue("Sievierodonetska");
        assertThat(_size(grid())).isEqualTo(1);
        var row = _get(grid(), 0);
        assertThat(row.name()).isEqualTo("Сєвєродонецька");
        assertThat(row.parentName()).isEqualTo("Сіверськодонецький");
        assertThat(row.withdrawn()).isFalse();
    }

    @Test
    void only_an_admin_has_the_page_in_the_navigation() {
        signInAs("admin");
        UI.getCurrent().navigate("");
        assertThat(_get(SideNav.class, spec -> spec.withId("main-nav")).getItems()).extracting(SideNavItem::getLabel)
                .contains("Територіальні одиниці");
        MockVaadin.tearDown();

        signInAs("officer");
        UI.getCurrent().navigate("");
        assertThat(_get(SideNav.class, spec -> spec.withId("main-nav")).getItems()).extracting(SideNavItem::getLabel)
                .doesNotContain("Територіальні одиниці");
    }

    @Test
    void admin_uploads_the_same_edition_and_sees_the_report() throws IOException {
        signInAs("admin", Locale.ENGLISH);
        UI.getCurrent().navigate(CodifierImportView.class);

        _upload(_get(Upload.class, spec -> spec.withId(CodifierImportView.ID_UPLOAD)), "kodifikator.csv", "text/csv",
                codifier());
        MockVaadin.clientRoundtrip(false);

        var result = _get(Div.class, spec -> spec.withId(CodifierImportView.ID_RESULT));
        assertThat(result.getElement().getTextRecursively()).contains("Import finished. Rows: 31748; added: 0")
                .contains("unchanged: 31748");
    }

    @Test
    void a_malformed_upload_shows_the_line_and_the_reason() throws IOException {
        signInAs("admin");
        UI.getCurrent().navigate(CodifierImportView.class);

        var broken = new String(codifier(), StandardCharsets.UTF_8).replaceFirst(";O;Вінницька", ";Z;Вінницька");
        _upload(_get(Upload.class, spec -> spec.withId(CodifierImportView.ID_UPLOAD)), "broken.csv", "text/csv",
                broken.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);

        var error = _get(Paragraph.class, spec -> spec.withId(CodifierImportView.ID_ERROR));
        assertThat(error.getText()).startsWith("Файл відхилено, дані не змінено. Рядок 1369:")
                .endsWith("невідома категорія «Z» (можливі O, K, P, H, M, X, C, B)");
    }

    @Test
    void an_officer_opening_the_page_by_address_gets_not_found() {
        signInAs("officer");
        UI.getCurrent().navigate("admin/territorial-units");

        assertThat(_find(Upload.class)).isEmpty();
        var view = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        assertThat(view).isInstanceOf(AccessDeniedView.class);
    }

    private static byte[] codifier() throws IOException {
        try (var in = CodifierImportViewTest.class.getResourceAsStream("/katottg/kodifikator-2025-05-16.csv")) {
            return in.readAllBytes();
        }
    }
}
