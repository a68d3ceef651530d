package dev.retort.views.selection;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;

/**
 * What the analyst has selected in the open case, shared by every view so that selecting a campaign in one view
 * highlights it in the others. Plain JavaFX properties, no nodes; change them on the FX thread only.
 *
 * <ul>
 *   <li>{@link #campaignProperty()}: the selected campaign's analysis key ({@code analysis_campaigns.campaign},
 *       e.g. {@code C-3f2a9b1c}), or null.</li>
 *   <li>{@link #accounts()}: the selected accounts by account id as imported ({@code accounts.account}), in
 *       selection order, without duplicates; empty when none.</li>
 *   <li>{@link #windowProperty()}: the selected time window, or null for all time.</li>
 *   <li>{@link #indicatorProperty()}: a selected shared value (IP, card, client...), or null.</li>
 * </ul>
 * Views that only read listen to these; views that select call the {@code select...} methods, which replace the
 * value as one change (a listener sees the new account list once, not one add per account).
 */
public final class CaseSelection {

    private final ObjectProperty<String> campaign = new SimpleObjectProperty<>(this, "campaign");
    private final ReadOnlyListWrapper<String> accounts =
            new ReadOnlyListWrapper<>(this, "accounts", FXCollections.observableArrayList());
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window");
    private final ObjectProperty<IndicatorRef> indicator = new SimpleObjectProperty<>(this, "indicator");

    /** The selected campaign key, or null. */
    public ObjectProperty<String> campaignProperty() {
        return campaign;
    }

    public String campaign() {
        return campaign.get();
    }

    /** Selects a campaign (null clears it). The account selection is left as it is. */
    public void selectCampaign(String campaignKey) {
        campaign.set(campaignKey);
    }

    /** The selected account ids; read-only, change it through {@link #selectAccounts(Collection)}. */
    public ReadOnlyListProperty<String> accounts() {
        return accounts.getReadOnlyProperty();
    }

    /** Replaces the selected accounts in one change; duplicates and nulls are dropped, order is kept. */
    public void selectAccounts(Collection<String> accountIds) {
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (String id : accountIds) {
            if (id != null) {
                unique.add(id);
            }
        }
        if (!List.copyOf(unique).equals(accounts.get())) {
            accounts.get().setAll(unique);
        }
    }

    /** The selected time window, or null for all time. */
    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    public TimeWindow window() {
        return window.get();
    }

    public void selectWindow(TimeWindow timeWindow) {
        window.set(timeWindow);
    }

    /** The selected shared value, or null. */
    public ObjectProperty<IndicatorRef> indicatorProperty() {
        return indicator;
    }

    public IndicatorRef indicator() {
        return indicator.get();
    }

    public void selectIndicator(IndicatorRef ref) {
        indicator.set(ref);
    }

    /** Clears everything; called when a case is closed or another one is opened. */
    public void clear() {
        campaign.set(null);
        accounts.get().clear();
        window.set(null);
        indicator.set(null);
    }

    /** True when nothing is selected. */
    public boolean isEmpty() {
        return campaign.get() == null && accounts.get().isEmpty() && window.get() == null && indicator.get() == null;
    }
}
