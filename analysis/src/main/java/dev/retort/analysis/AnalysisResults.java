package dev.retort.analysis;

import dev.retort.store.CaseFile;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything one analysis run found: its parameters, the campaigns, every account's score, the shared indicators
 * and the links between accounts. This is the read API the dossier and the views use:
 * {@code AnalysisResults.latest(caseFile)}.
 */
public final class AnalysisResults {
    private final RunInfo run;
    private final List<CampaignResult> campaigns;
    private final List<AccountScore> accounts;
    private final List<Indicator> indicators;
    private final List<Link> links;
    private final Map<String, AccountScore> byAccount;
    private final Map<String, CampaignResult> byCampaign;

    public AnalysisResults(RunInfo run, List<CampaignResult> campaigns, List<AccountScore> accounts,
                           List<Indicator> indicators, List<Link> links) {
        this.run = run;
        this.campaigns = List.copyOf(campaigns);
        this.accounts = List.copyOf(accounts);
        this.indicators = List.copyOf(indicators);
        this.links = List.copyOf(links);
        this.byAccount = this.accounts.stream()
                .collect(Collectors.toMap(AccountScore::account, Function.identity(), (x, y) -> x, LinkedHashMap::new));
        this.byCampaign = this.campaigns.stream()
                .collect(Collectors.toMap(CampaignResult::id, Function.identity(), (x, y) -> x, LinkedHashMap::new));
    }

    /** The most recent complete run in the case, or empty when the case was never analysed. */
    public static Optional<AnalysisResults> latest(CaseFile caseFile) {
        return ResultsReader.latest(caseFile.connection());
    }

    /** As {@link #latest(CaseFile)}, on a connection of the caller's (for example a reader from a background task). */
    public static Optional<AnalysisResults> latest(Connection conn) {
        return ResultsReader.latest(conn);
    }

    /** One run by id, or empty when there is no such complete run. */
    public static Optional<AnalysisResults> load(Connection conn, long runId) {
        return ResultsReader.load(conn, runId);
    }

    /** All runs of the case, newest first (without their results). */
    public static List<RunInfo> runs(Connection conn) {
        return ResultsReader.runs(conn);
    }

    /**
     * Stores these results in the case as a new run and returns the stored copy (with its run id). The analyzer
     * calls this; tests of the dossier and the views may use it to put known results into a case.
     */
    public AnalysisResults saveTo(Connection conn) {
        long id = ResultsWriter.save(conn, this);
        RunInfo r = run;
        RunInfo saved = new RunInfo(id, r.startedAt(), r.finishedAt(), r.analyst(), r.toolVersion(), r.configVersion(),
                r.configJson(), r.accounts(), r.exchanges(), r.durationMs(), r.status());
        return new AnalysisResults(saved, campaigns, accounts, indicators, links);
    }

    public RunInfo run() {
        return run;
    }

    /** Campaigns and suspicious clusters, highest score first. */
    public List<CampaignResult> campaigns() {
        return campaigns;
    }

    /** Only the clusters whose verdict is {@code campaign}. */
    public List<CampaignResult> confirmedCampaigns() {
        return campaigns.stream().filter(CampaignResult::isCampaign).toList();
    }

    /** Every account that was scored, highest score first. */
    public List<AccountScore> accounts() {
        return accounts;
    }

    public Optional<AccountScore> account(String account) {
        return Optional.ofNullable(byAccount.get(account));
    }

    public Optional<CampaignResult> campaign(String id) {
        return Optional.ofNullable(byCampaign.get(id));
    }

    /** Shared values that tie two or more accounts (only those that counted toward a link). */
    public List<Indicator> indicators() {
        return indicators;
    }

    /** The links between accounts that were kept as strong (the edges of the clusters). */
    public List<Link> links() {
        return links;
    }

    /** The links of one account. */
    public List<Link> linksOf(String account) {
        return links.stream().filter(l -> l.a().equals(account) || l.b().equals(account)).toList();
    }

    /** The indicators one account shares with others. */
    public List<Indicator> indicatorsOf(String account) {
        return indicators.stream().filter(i -> i.accounts().contains(account)).toList();
    }
}
