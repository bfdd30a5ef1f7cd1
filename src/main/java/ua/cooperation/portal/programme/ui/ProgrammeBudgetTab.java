package ua.cooperation.portal.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import ua.cooperation.portal.programme.ProgrammeChanges;
import ua.cooperation.portal.programme.ProgrammeDetails;
import ua.cooperation.portal.programme.TransactionType;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static ua.cooperation.portal.programme.ui.ProgrammeDetailsView.ID_SUMS;
import static ua.cooperation.portal.programme.ui.ProgrammeDetailsView.ID_TRANSACTIONS_GRID;

/**
 * The budget tab of a programme: its budget, the sums of its transactions per type and currency (never added across
 * currencies), and the transactions, which an officer adds in a small dialog and removes in place; each change saves
 * the stored programme with that one list changed (through {@code save}).
 */
class ProgrammeBudgetTab extends VerticalLayout {

    private final Div budgetSummary = new Div();
    private final Div sums = new Div();
    private final Grid<ProgrammeDetails.TransactionItem> transactions = new Grid<>();
    private final Button addTransaction;
    private ProgrammeDetails shown;

    ProgrammeBudgetTab(ProgrammeLookups lookups, Consumer<ProgrammeChanges> save) {
        setPadding(false);
        budgetSummary.setId("programme-budget-summary");
        sums.setId(ID_SUMS);
        addTransaction = RowLists.addButton(this, "programme-transaction-add", "programme.transaction.add",
                () -> ChildListDialogs.transaction(this, lookups, getLocale(), shown.input().budgetCurrency(),
                        t -> save.accept(shown.input().withTransactions(RowLists.append(shown.input().transactions(),
                                t)))));
        configureGrid(save);
        add(budgetSummary, sums, addTransaction, transactions);
    }

    private void configureGrid(Consumer<ProgrammeChanges> save) {
        transactions.setId(ID_TRANSACTIONS_GRID);
        transactions.setAllRowsVisible(true);
        transactions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        transactions.setEmptyStateText(getTranslation("programme.transactions.empty"));
        transactions.addColumn(t -> ProgrammeBadges.date(t.date(), getLocale()))
                .setHeader(getTranslation("programme.transaction.date")).setAutoWidth(true);
        transactions.addColumn(t -> getTranslation("transaction-type." + t.type().name()))
                .setHeader(getTranslation("programme.transaction.type")).setAutoWidth(true);
        transactions.addColumn(t -> ProgrammeBadges.money(t.amount(), t.currency(), getLocale()))
                .setHeader(getTranslation("programme.transaction.amount")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        transactions.addColumn(t -> t.providerName() == null ? "" : t.providerName())
                .setHeader(getTranslation("programme.transaction.provider")).setFlexGrow(2);
        transactions.addColumn(t -> t.receiverName() == null ? "" : t.receiverName())
                .setHeader(getTranslation("programme.transaction.receiver")).setFlexGrow(2);
        transactions.addComponentColumn(t -> RowLists.removeButton(this, "programme-transaction-remove-"
                        + RowLists.indexOf(shown.transactions(), t), () -> save.accept(shown.input().withTransactions(
                        RowLists.without(shown.input().transactions(), RowLists.indexOf(shown.transactions(), t))))))
                .setKey("edit").setAutoWidth(true).setFlexGrow(0);
    }

    void show(ProgrammeDetails details, boolean editable) {
        shown = details;
        var input = details.input();
        var locale = getLocale();
        budgetSummary.setText(input.budgetAmount() == null ? getTranslation("programme.budget.none")
                : getTranslation("programme.budget.text", ProgrammeBadges.money(input.budgetAmount(),
                input.budgetCurrency(), locale), ProgrammeBadges.date(input.budgetStart(), locale),
                ProgrammeBadges.date(input.budgetEnd(), locale)));
        showSums(details);
        transactions.getColumnByKey("edit").setVisible(editable);
        addTransaction.setVisible(editable);
        transactions.setItems(details.transactions());
    }

    private void showSums(ProgrammeDetails details) {
        sums.removeAll();
        for (var type : TransactionType.values()) {
            var perCurrency = details.sums().get(type);
            if (perCurrency == null) {
                continue;
            }
            var line = new Paragraph(getTranslation("programme.sums." + type.name()) + ": "
                    + perCurrency.entrySet().stream()
                    .map(e -> ProgrammeBadges.money(e.getValue(), e.getKey(), getLocale()))
                    .collect(Collectors.joining(" · ")));
            line.setId("programme-sum-" + type.name().toLowerCase(Locale.ROOT));
            line.addClassName(LumoUtility.Margin.Vertical.XSMALL);
            sums.add(line);
        }
    }
}
