package dev.retort.views.workbench;

import dev.retort.store.workbench.Note;
import dev.retort.store.workbench.Tag;
import dev.retort.store.workbench.Target;
import dev.retort.store.workbench.TargetKind;
import dev.retort.store.workbench.Workbench;
import dev.retort.views.common.CaseContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Tags and notes of whatever the analyst selected (one or several accounts, campaigns or exchanges): shows the tags
 * they carry (with how many of them carry each) and their notes, and adds or removes a tag or adds a note on all of
 * them at once. Every change goes to the case's activity log through the store's workbench API. Holds no nodes.
 */
public final class AnnotationsViewModel {

    /** A tag and how many of the current targets carry it. */
    public record TagCount(String tag, int count, int of) {
        @Override
        public String toString() {
            return of > 1 ? tag + " (" + count + "/" + of + ")" : tag;
        }
    }

    private final CaseContext context;
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ObservableList<TagCount> tags = FXCollections.observableArrayList();
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("Nothing selected");

    public AnnotationsViewModel(CaseContext context) {
        this.context = context;
        context.openCaseProperty().addListener((o, old, now) -> show(List.of()));
    }

    public void showAccounts(List<String> accounts) {
        show(accounts.stream().map(Target::account).toList());
    }

    public void showExchanges(List<Long> exchangeIds) {
        show(exchangeIds.stream().map(Target::exchange).toList());
    }

    public void showCampaign(String campaign) {
        show(campaign == null ? List.of() : List.of(Target.campaign(campaign)));
    }

    /** Makes {@code newTargets} the things annotated here and loads their tags and notes. */
    public void show(List<Target> newTargets) {
        targets.setAll(newTargets);
        heading.set(describe(newTargets));
        refresh();
    }

    /** Reloads tags and notes of the current targets. */
    public void refresh() {
        List<Target> current = List.copyOf(targets);
        if (current.isEmpty() || context.caseFile() == null) {
            tags.clear();
            notes.clear();
            return;
        }
        context.read("Loading tags and notes", conn -> Annotations.load(conn, current), loaded -> {
            if (current.equals(targets)) {
                tags.setAll(loaded.tags());
                notes.setAll(loaded.notes());
            }
        });
    }

    /** Puts {@code tag} on every current target. */
    public void addTag(String tag) {
        List<Target> current = List.copyOf(targets);
        if (current.isEmpty() || tag == null || tag.isBlank()) {
            return;
        }
        context.annotate("Tagging " + describe(current), c -> {
            Workbench wb = Workbench.of(c);
            current.forEach(t -> wb.tags().add(t, tag));
            return current.size();
        }, n -> refresh());
    }

    /** Takes {@code tag} off every current target that carries it. */
    public void removeTag(String tag) {
        List<Target> current = List.copyOf(targets);
        if (current.isEmpty() || tag == null) {
            return;
        }
        context.annotate("Removing tag " + tag, c -> {
            Workbench wb = Workbench.of(c);
            current.forEach(t -> wb.tags().remove(t, tag));
            return current.size();
        }, n -> refresh());
    }

    /** Adds the same note to every current target. */
    public void addNote(String body) {
        List<Target> current = List.copyOf(targets);
        if (current.isEmpty() || body == null || body.isBlank()) {
            return;
        }
        context.annotate("Adding a note to " + describe(current), c -> {
            Workbench wb = Workbench.of(c);
            current.forEach(t -> wb.notes().add(t, body.strip()));
            return current.size();
        }, n -> refresh());
    }

    static String describe(List<Target> targets) {
        if (targets.isEmpty()) {
            return "Nothing selected";
        }
        if (targets.size() == 1) {
            Target t = targets.get(0);
            return switch (t.kind()) {
                case ACCOUNT -> "Account " + t.key();
                case CAMPAIGN -> "Campaign " + t.key();
                case EXCHANGE -> "Exchange #" + t.key();
                case CASE -> "The case";
            };
        }
        TargetKind kind = targets.get(0).kind();
        boolean same = targets.stream().allMatch(t -> t.kind() == kind);
        String noun = !same ? "items" : switch (kind) {
            case ACCOUNT -> "accounts";
            case CAMPAIGN -> "campaigns";
            case EXCHANGE -> "exchanges";
            case CASE -> "cases";
        };
        return targets.size() + " " + noun;
    }

    public ObservableList<Target> targets() {
        return targets;
    }

    public ObservableList<TagCount> tags() {
        return tags;
    }

    public ObservableList<Note> notes() {
        return notes;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Counts tags over the targets. */
    static List<TagCount> count(List<Tag> all, int of) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Tag t : all) {
            counts.merge(t.tag(), 1, Integer::sum);
        }
        List<TagCount> out = new ArrayList<>();
        counts.forEach((tag, n) -> out.add(new TagCount(tag, n, of)));
        return out;
    }
}
