package dev.retort.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dossier.model.DossierDocument;
import dev.retort.store.CaseFile;
import dev.retort.store.task.Progress;
import dev.retort.store.workbench.DossierSection;
import dev.retort.store.workbench.SectionKind;
import dev.retort.store.workbench.Target;
import dev.retort.store.workbench.Workbench;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultDossierTest {
    @TempDir
    Path tmp;

    @Test
    void aCaseWithoutADossierGetsTheDefaultSectionsOnce() throws Exception {
        try (CaseFile c = CaseFile.create(tmp.resolve("c.retort"), "c")) {
            SyntheticCase.fill(c, 10, 3, 2, false);
            assertTrue(DossierService.ensureDefault(c));
            assertFalse(DossierService.ensureDefault(c));
            List<SectionKind> kinds = DossierService.sections(c).stream().map(DossierSection::kind).toList();
            assertEquals(List.of(SectionKind.SUMMARY, SectionKind.CAMPAIGN, SectionKind.NETWORK, SectionKind.TIMELINE,
                    SectionKind.EXCHANGES, SectionKind.NOTES, SectionKind.METHODOLOGY, SectionKind.CUSTODY), kinds);
            assertEquals(Target.campaign(SyntheticCase.CAMPAIGN), DossierService.sections(c).get(1).target());
        }
    }

    @Test
    void theAnalystsOrderAndChoicesAreWhatGetsAssembled() throws Exception {
        try (CaseFile c = CaseFile.create(tmp.resolve("c.retort"), "c")) {
            SyntheticCase data = SyntheticCase.fill(c, 10, 3, 2, false);
            var sections = Workbench.of(c).sections();
            sections.add(SectionKind.ACCOUNTS, "The seed account", Target.account(data.members.get(3)), null);
            sections.add(SectionKind.CAMPAIGN, Target.campaign(SyntheticCase.CAMPAIGN));
            sections.add(SectionKind.EXCHANGES, null, null, "{\"exchangeIds\":[21]}");
            DossierDocument doc = DossierService.assemble(c, Progress.NONE);
            assertEquals(List.of("accounts", "campaign", "exchanges"),
                    doc.sections().stream().map(s -> s.kind()).toList());
            assertEquals("The seed account", doc.sections().get(0).title());
            assertEquals(1, doc.campaigns().size());
            assertEquals(10, doc.accounts().size());
            assertTrue(doc.exchanges().stream().anyMatch(x -> x.id() == 21));
            assertEquals(SyntheticCase.CAMPAIGN, doc.exchanges().get(0).campaign());
            assertEquals(2, doc.custody().sources().size());
            assertTrue(doc.methodology().parameters().has("linking"));
        }
    }
}
