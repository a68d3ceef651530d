package dev.retort.dossier.assemble;

import dev.retort.analysis.AnalysisResults;
import dev.retort.analysis.CampaignResult;
import dev.retort.store.workbench.DossierSections;
import dev.retort.store.workbench.SectionKind;
import dev.retort.store.workbench.Target;
import java.util.List;
import java.util.Optional;

/**
 * The dossier Retort assembles when the analyst has not built one: summary, each flagged campaign's findings,
 * network, timeline, exemplar exchanges, methodology and custody.
 */
public final class DefaultDossier {
    private DefaultDossier() {}

    /** Adds the default sections to an empty dossier; returns how many were added. */
    public static int addTo(DossierSections sections, Optional<AnalysisResults> results) {
        sections.add(SectionKind.SUMMARY, null);
        int added = 1;
        for (CampaignResult c : flagged(results)) {
            sections.add(SectionKind.CAMPAIGN, "Campaign " + c.id(), Target.campaign(c.id()), null);
            added++;
        }
        for (SectionKind k : List.of(SectionKind.NETWORK, SectionKind.TIMELINE, SectionKind.EXCHANGES,
                SectionKind.NOTES, SectionKind.METHODOLOGY, SectionKind.CUSTODY)) {
            sections.add(k, null);
            added++;
        }
        return added;
    }

    /** The campaigns judged to be campaigns; when there are none, the suspicious clusters. */
    static List<CampaignResult> flagged(Optional<AnalysisResults> results) {
        if (results.isEmpty()) {
            return List.of();
        }
        List<CampaignResult> confirmed = results.get().confirmedCampaigns();
        return confirmed.isEmpty() ? results.get().campaigns() : confirmed;
    }
}
