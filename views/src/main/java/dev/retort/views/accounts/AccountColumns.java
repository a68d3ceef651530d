package dev.retort.views.accounts;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * The accounts table's columns: what each shows (the row's pre-formatted texts) and the typed key it sorts by, which
 * the view hands to the model when a header is clicked (ADR 0063).
 */
final class AccountColumns {

    private static final PseudoClass SCORE_HIGH = PseudoClass.getPseudoClass("score-high");
    private static final PseudoClass SCORE_MEDIUM = PseudoClass.getPseudoClass("score-medium");

    private AccountColumns() {
    }

    /** Account, score (sorted highest first), campaign, age, exchanges, dates, indicators, tags, e-mail, country. */
    static List<TableColumn<AccountRow, ?>> create() {
        TableColumn<AccountRow, String> account = column("Account", 165, AccountRow::account,
                Comparator.comparing(AccountRow::account, nulls()));
        TableColumn<AccountRow, AccountRow> score = column("Score", 72, r -> r,
                Comparator.comparing(AccountRow::score, nulls()));
        score.setCellFactory(c -> new ScoreCell());
        score.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<AccountRow, String> campaign = column("Campaign", 105, AccountRow::campaign,
                Comparator.comparing(AccountRow::campaign, nulls()));
        TableColumn<AccountRow, Long> age = column("Age d", 66, r -> r.ageDays() < 0 ? null : r.ageDays(),
                Comparator.comparing(r -> r.ageDays() < 0 ? null : r.ageDays(), nulls()));
        TableColumn<AccountRow, String> volume = column("Exchanges", 96, r -> r.text().exchanges(),
                Comparator.comparingLong(AccountRow::exchanges));
        volume.setCellFactory(c -> {
            TableCell<AccountRow, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setAlignment(Pos.CENTER_RIGHT);
            return cell;
        });
        TableColumn<AccountRow, String> created = column("Signed up", 100, r -> r.text().createdDay(),
                Comparator.comparing(AccountRow::createdAt, nulls()));
        TableColumn<AccountRow, String> last = column("Last seen", 100, r -> r.text().lastSeenDay(),
                Comparator.comparing(AccountRow::lastSeen, nulls()));
        TableColumn<AccountRow, String> indicators = column("Shared indicators", 230, r -> r.text().indicators(),
                Comparator.comparing(r -> r.text().indicators()));
        TableColumn<AccountRow, String> tags = column("Tags", 120, r -> r.text().tags(),
                Comparator.comparing(r -> r.text().tags()));
        TableColumn<AccountRow, String> email = column("E-mail", 210, AccountRow::email,
                Comparator.comparing(AccountRow::email, nulls()));
        TableColumn<AccountRow, String> country = column("Country", 80, AccountRow::country,
                Comparator.comparing(AccountRow::country, nulls()));
        return List.of(account, score, campaign, age, volume, created, last, indicators, tags, email, country);
    }

    /** The score column of {@link #create()}'s list. */
    static TableColumn<AccountRow, ?> score(List<TableColumn<AccountRow, ?>> columns) {
        return columns.get(1);
    }

    /** Ascending order with nulls first, as a TableColumn's default comparator has it. */
    private static final Comparator<Comparable<Object>> NULLS = Comparator.nullsFirst(Comparator.naturalOrder());

    @SuppressWarnings("unchecked")
    private static <K> Comparator<K> nulls() {
        return (Comparator<K>) (Comparator<?>) NULLS;
    }

    /** The rows' order for the table's sort order (first column first), or null for the order they were read in. */
    static Comparator<AccountRow> comparatorOf(List<TableColumn<AccountRow, ?>> order) {
        Comparator<AccountRow> out = null;
        for (TableColumn<AccountRow, ?> column : order) {
            @SuppressWarnings("unchecked")
            Comparator<AccountRow> key = (Comparator<AccountRow>) column.getProperties().get(SORT_KEY);
            if (key == null) {
                continue;
            }
            Comparator<AccountRow> directed = column.getSortType() == TableColumn.SortType.DESCENDING
                    ? key.reversed() : key;
            out = out == null ? directed : out.thenComparing(directed);
        }
        return out;
    }

    private static final String SORT_KEY = "retort.sortKey";

    private static <T, K> TableColumn<AccountRow, T> column(String title, double width, Function<AccountRow, T> value,
                                                            Comparator<AccountRow> sortKey) {
        TableColumn<AccountRow, T> c = new TableColumn<>(title);
        c.setId("col-" + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> (ObservableValue<T>) new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.getProperties().put(SORT_KEY, sortKey);
        return c;
    }

    /** The score as text, red and bold from 0.7, amber from 0.4 (pseudo-classes in retort.css, no inline style). */
    private static final class ScoreCell extends TableCell<AccountRow, AccountRow> {
        @Override
        protected void updateItem(AccountRow item, boolean empty) {
            super.updateItem(item, empty);
            Double s = empty || item == null ? null : item.score();
            setText(empty || item == null ? null : item.text().score());
            pseudoClassStateChanged(SCORE_HIGH, s != null && s >= 0.7);
            pseudoClassStateChanged(SCORE_MEDIUM, s != null && s >= 0.4 && s < 0.7);
        }
    }
}
