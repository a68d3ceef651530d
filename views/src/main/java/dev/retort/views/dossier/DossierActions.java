package dev.retort.views.dossier;

import dev.retort.store.workbench.SectionKind;
import dev.retort.store.workbench.Target;
import dev.retort.store.workbench.Workbench;
import dev.retort.views.common.CaseContext;
import dev.retort.views.common.JsonText;
import dev.retort.views.selection.TimeWindow;
import java.util.List;

/**
 * "Add to dossier" for every view: appends a section to the case's dossier in the background (each addition is one
 * audit-log entry, through the store's workbench API). Views hold one and call it from a button or menu item.
 */
public final class DossierActions {

    private final CaseContext context;

    public DossierActions(CaseContext context) {
        this.context = context;
    }

    /** A campaign's findings (accounts, indicators, signals, window, score and reasons). */
    public void addCampaign(String campaign) {
        add(SectionKind.CAMPAIGN, "Campaign " + campaign, Target.campaign(campaign), null);
    }

    /** The network snapshot (optionally centred on a campaign). */
    public void addNetwork(String campaign) {
        add(SectionKind.NETWORK, campaign == null ? null : "Network of " + campaign,
                campaign == null ? null : Target.campaign(campaign), null);
    }

    /** The timeline chart, optionally limited to a window (epoch ms in params {@code from}/{@code to}). */
    public void addTimeline(TimeWindow window) {
        add(SectionKind.TIMELINE, window == null ? null : "Timeline " + window, null,
                window == null ? null : "{\"from\":" + window.startMs() + ",\"to\":" + window.endMs() + "}");
    }

    /** One account (as its target) or several (listed in params {@code accounts}). */
    public void addAccounts(List<String> accounts) {
        if (accounts.isEmpty()) {
            return;
        }
        if (accounts.size() == 1) {
            add(SectionKind.ACCOUNTS, "Account " + accounts.get(0), Target.account(accounts.get(0)), null);
            return;
        }
        StringBuilder json = new StringBuilder("{\"accounts\":[");
        for (int i = 0; i < accounts.size(); i++) {
            json.append(i == 0 ? "" : ",").append(JsonText.quote(accounts.get(i)));
        }
        add(SectionKind.ACCOUNTS, "Accounts (" + accounts.size() + ")", null, json.append("]}").toString());
    }

    /** Exemplar exchanges (one as its target, several listed in params {@code exchangeIds}). */
    public void addExchanges(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        StringBuilder json = new StringBuilder("{\"exchangeIds\":[");
        for (int i = 0; i < ids.size(); i++) {
            json.append(i == 0 ? "" : ",").append(ids.get(i));
        }
        add(SectionKind.EXCHANGES, ids.size() == 1 ? "Exchange #" + ids.get(0)
                        : "Exemplar exchanges (" + ids.size() + ")", ids.size() == 1 ? Target.exchange(ids.get(0)) : null,
                json.append("]}").toString());
    }

    /** A case-wide section of {@code kind} with its default title (summary, methodology, custody, notes...). */
    public void addSection(SectionKind kind) {
        add(kind, null, null, null);
    }

    private void add(SectionKind kind, String title, Target target, String params) {
        context.annotate("Adding " + kind.defaultTitle().toLowerCase(java.util.Locale.ROOT) + " to the dossier",
                c -> Workbench.of(c).sections().add(kind, title, target, params), s -> { });
    }
}
