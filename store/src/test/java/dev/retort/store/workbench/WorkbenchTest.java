package dev.retort.store.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.store.CaseFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchTest {
    @TempDir
    Path dir;

    @Test
    void dossierSectionsSurviveReopeningInTheirOrder() {
        Path file = dir.resolve("c.retort");
        try (CaseFile c = CaseFile.create(file, "c")) {
            DossierSections s = Workbench.of(c).sections();
            s.add(SectionKind.SUMMARY, null);
            s.add(SectionKind.CAMPAIGN, Target.campaign("C1"));
            s.add(SectionKind.CUSTODY, null);
        }
        try (CaseFile c = CaseFile.open(file)) {
            List<DossierSection> list = Workbench.of(c).sections().list();
            assertEquals(List.of(SectionKind.SUMMARY, SectionKind.CAMPAIGN, SectionKind.CUSTODY),
                    list.stream().map(DossierSection::kind).toList());
            assertEquals(Target.campaign("C1"), list.get(1).target());
            assertEquals("Campaign findings", list.get(1).title());
        }
    }

    @Test
    void movingAndRemovingKeepPositionsDense() {
        try (CaseFile c = CaseFile.create(dir.resolve("c.retort"), "c")) {
            DossierSections s = Workbench.of(c).sections();
            long a = s.add(SectionKind.SUMMARY, null).id();
            long b = s.add(SectionKind.NETWORK, null).id();
            long d = s.add(SectionKind.TIMELINE, null).id();
            s.move(d, 0);
            assertEquals(List.of(d, a, b), s.list().stream().map(DossierSection::id).toList());
            s.remove(a);
            assertEquals(List.of(0, 1), s.list().stream().map(DossierSection::position).toList());
            assertEquals(List.of(d, b), s.list().stream().map(DossierSection::id).toList());
        }
    }

    @Test
    void aTagIsAddedOncePerTarget() {
        try (CaseFile c = CaseFile.create(dir.resolve("c.retort"), "c")) {
            Tags tags = Workbench.of(c).tags();
            assertTrue(tags.add(Target.account("acct-1"), "proxy"));
            assertFalse(tags.add(Target.account("acct-1"), "proxy"));
            tags.add(Target.campaign("C1"), "hydra");
            assertEquals(1, tags.on(Target.account("acct-1")).size());
            assertEquals(List.of("hydra", "proxy"), tags.names());
            assertTrue(tags.remove(Target.account("acct-1"), "proxy"));
            assertTrue(tags.all(TargetKind.ACCOUNT).isEmpty());
        }
    }

    @Test
    void notesAreKeptPerTargetAndCanBeEdited() {
        try (CaseFile c = CaseFile.create(dir.resolve("c.retort"), "c")) {
            Notes notes = Workbench.of(c).notes();
            Note n = notes.add(Target.exchange(42), "looks templated");
            notes.add(Target.wholeCase(), "case note");
            notes.update(n.id(), "templated prompt, step-by-step");
            List<Note> on = notes.on(Target.exchange(42));
            assertEquals(1, on.size());
            assertEquals("templated prompt, step-by-step", on.get(0).body());
            assertTrue(on.get(0).updatedAt() != null);
            assertEquals(2, notes.all().size());
        }
    }
}
