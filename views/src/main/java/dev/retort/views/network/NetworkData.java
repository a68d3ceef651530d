package dev.retort.views.network;

import dev.retort.analysis.AccountScore;
import dev.retort.analysis.AnalysisResults;
import dev.retort.analysis.CampaignResult;
import dev.retort.analysis.Indicator;
import dev.retort.analysis.IndicatorKind;
import dev.retort.store.StoreException;
import dev.retort.store.task.Progress;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The latest analysis run indexed for the link chart: campaigns with their palette colour and overview position,
 * the indicators of each campaign and account, and the indicators shared between campaigns. Built once per case in
 * the background; immutable afterwards, so any background task may read it.
 */
public final class NetworkData {
    static final double OVERVIEW_SPACING = 400;

    private final CaseAccounts accounts;
    private final AnalysisResults results;
    private final Map<String, Integer> colourOf = new HashMap<>();
    private final Map<String, String> campaignOfAccount = new HashMap<>();
    private final Map<String, List<Indicator>> indicatorsOfCampaign = new HashMap<>();
    private final Map<String, List<Indicator>> indicatorsOfAccount = new HashMap<>();
    private final Map<String, Map<String, Set<IndicatorKind>>> between = new TreeMap<>();
    private final Map<String, double[]> overviewPosition = new HashMap<>();

    NetworkData(CaseAccounts accounts, AnalysisResults results, Progress progress) {
        this.accounts = accounts;
        this.results = results;
        if (results == null) {
            return;
        }
        List<CampaignResult> campaigns = results.campaigns();
        for (int c = 0; c < campaigns.size(); c++) {
            CampaignResult campaign = campaigns.get(c);
            colourOf.put(campaign.id(), c);
            for (String member : campaign.accounts()) {
                campaignOfAccount.put(member, campaign.id());
            }
        }
        for (Indicator indicator : results.indicators()) {
            Set<String> touched = new LinkedHashSet<>();
            for (String account : indicator.accounts()) {
                indicatorsOfAccount.computeIfAbsent(account, k -> new ArrayList<>()).add(indicator);
                String campaign = campaignOfAccount.get(account);
                if (campaign != null) {
                    touched.add(campaign);
                }
            }
            for (String campaign : touched) {
                indicatorsOfCampaign.computeIfAbsent(campaign, k -> new ArrayList<>()).add(indicator);
            }
            List<String> list = new ArrayList<>(touched);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    String a = list.get(i).compareTo(list.get(j)) < 0 ? list.get(i) : list.get(j);
                    String b = a.equals(list.get(i)) ? list.get(j) : list.get(i);
                    between.computeIfAbsent(a, k -> new TreeMap<>())
                            .computeIfAbsent(b, k -> EnumSet.noneOf(IndicatorKind.class)).add(indicator.kind());
                }
            }
        }
        layoutOverview(campaigns, progress);
    }

    /** Loads the accounts and the latest analysis run from a reader connection. */
    public static NetworkData load(java.nio.file.Path casePath, Connection reader, Progress progress) {
        try {
            CaseAccounts accounts = CaseAccounts.load(reader);
            AnalysisResults results = AnalysisCache.latest(casePath, reader).orElse(null);
            return new NetworkData(accounts, results, progress);
        } catch (SQLException e) {
            throw new StoreException("cannot read the case for the network: " + e.getMessage(), e);
        }
    }

    /**
     * Campaigns on a sunflower spiral, highest score in the middle: compact and stable whatever the links (a
     * force layout pushes unlinked campaigns far apart, which leaves an expanded campaign tiny on screen).
     */
    private void layoutOverview(List<CampaignResult> campaigns, Progress progress) {
        for (int i = 0; i < campaigns.size(); i++) {
            double r = OVERVIEW_SPACING * Math.sqrt(i);
            double a = i * 2.399963229728653;
            overviewPosition.put(campaigns.get(i).id(), new double[] {r * Math.cos(a), r * Math.sin(a)});
        }
        progress.update(campaigns.size(), campaigns.size(), "Network overview laid out");
    }

    public boolean analysed() {
        return results != null;
    }

    public AnalysisResults results() {
        return results;
    }

    public CaseAccounts accounts() {
        return accounts;
    }

    /** Campaigns and suspicious clusters, highest score first; empty before any analysis. */
    public List<CampaignResult> campaigns() {
        return results == null ? List.of() : results.campaigns();
    }

    public CampaignResult campaign(String id) {
        return results == null ? null : results.campaign(id).orElse(null);
    }

    public AccountScore score(String account) {
        return results == null ? null : results.account(account).orElse(null);
    }

    /** Palette index of a campaign, -1 for none. */
    public int colour(String campaign) {
        return campaign == null ? -1 : colourOf.getOrDefault(campaign, -1);
    }

    public String campaignOf(String account) {
        return campaignOfAccount.get(account);
    }

    public List<Indicator> indicatorsOf(String account) {
        return indicatorsOfAccount.getOrDefault(account, List.of());
    }

    public List<Indicator> indicatorsOfCampaign(String campaign) {
        return indicatorsOfCampaign.getOrDefault(campaign, List.of());
    }

    /** Campaign pairs (first id &lt; second id) and the indicator kinds they share. */
    Map<String, Map<String, Set<IndicatorKind>>> between() {
        return between;
    }

    double[] overviewPosition(String campaign) {
        return overviewPosition.getOrDefault(campaign, new double[] {0, 0});
    }

    /** The indicator with this kind and value, or null. */
    public Indicator indicator(IndicatorKind kind, String value) {
        if (results == null) {
            return null;
        }
        return results.indicators().stream().filter(i -> i.kind() == kind && i.value().equals(value)).findFirst()
                .orElse(null);
    }
}
