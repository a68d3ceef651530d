package dev.retort.dossier;

import dev.retort.store.CaseFile;
import dev.retort.store.task.Progress;
import dev.retort.store.workbench.Target;
import dev.retort.store.workbench.Workbench;
import java.nio.file.Path;

/** A small case with a hostile prompt, notes and tags, exported with a given profile into a fresh directory. */
final class ExportFixture {
    final SyntheticCase data;
    final ExportResult result;
    final Path out;

    private ExportFixture(SyntheticCase data, ExportResult result, Path out) {
        this.data = data;
        this.result = result;
        this.out = out;
    }

    static ExportFixture export(Path tmp, RedactionProfile profile) throws Exception {
        Path out = tmp.resolve("bundle-" + profile.name().replace(':', '-').replace(',', '-'));
        try (CaseFile c = CaseFile.create(tmp.resolve("case-" + profile.name().replace(':', '-') + ".retort"),
                "Operation Glass Harvest")) {
            SyntheticCase data = SyntheticCase.fill(c, 60, 12, 4, true);
            Workbench wb = Workbench.of(c);
            wb.tags().add(Target.campaign(SyntheticCase.CAMPAIGN), "hydra");
            wb.tags().add(Target.account(data.members.get(0)), "template-seed");
            wb.notes().add(Target.campaign(SyntheticCase.CAMPAIGN),
                    "Cards " + data.memberCards.get(0) + " and the relay at " + data.memberIps.get(0)
                            + " tie the first fifty accounts together; see " + data.memberEmails.get(0) + ".");
            wb.notes().add(Target.wholeCase(), "Briefing due Friday. <b>not bold</b> =1+1");
            DossierService.ensureDefault(c);
            ExportResult r = DossierService.export(c, new ExportRequest(out, profile, null, tmp.resolve("home")),
                    Progress.NONE);
            return new ExportFixture(data, r, out);
        }
    }
}
