package dev.retort.store.workbench;

import dev.retort.store.CaseFile;

/** The analyst's own material in a case: the dossier's sections, tags and notes. No UI types. */
public final class Workbench {
    private final DossierSections sections;
    private final Tags tags;
    private final Notes notes;

    private Workbench(CaseFile caseFile) {
        this.sections = new DossierSections(caseFile);
        this.tags = new Tags(caseFile);
        this.notes = new Notes(caseFile);
    }

    public static Workbench of(CaseFile caseFile) {
        return new Workbench(caseFile);
    }

    public DossierSections sections() {
        return sections;
    }

    public Tags tags() {
        return tags;
    }

    public Notes notes() {
        return notes;
    }
}
