package dev.retort.dossier.model;

import java.util.List;

/**
 * The whole dossier as data: what every export format is rendered from, and what dossier.json holds. Redaction
 * produces a new document with the data removed, so no renderer ever sees a redacted value. Times are ISO-8601 UTC
 * strings. The JSON schema is docs/dossier.schema.json.
 */
public record DossierDocument(String schema, CaseRef caseRef, ExportInfo export, List<SectionRef> sections,
                              Summary summary, List<CampaignFinding> campaigns, List<AccountRow> accounts,
                              List<ExchangeRow> exchanges, Network network, Timeline timeline, List<NoteRow> notes,
                              Methodology methodology, Custody custody) {
    public static final String SCHEMA = "retort-dossier/1";

    public DossierDocument {
        sections = List.copyOf(sections);
        campaigns = List.copyOf(campaigns);
        accounts = List.copyOf(accounts);
        exchanges = List.copyOf(exchanges);
        notes = List.copyOf(notes);
    }

    public DossierDocument withExport(ExportInfo newExport) {
        return new DossierDocument(schema, caseRef, newExport, sections, summary, campaigns, accounts, exchanges,
                network, timeline, notes, methodology, custody);
    }
}
