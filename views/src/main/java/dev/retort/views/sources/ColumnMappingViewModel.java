package dev.retort.views.sources;

import dev.retort.importers.mapping.ColumnMapping;
import dev.retort.importers.mapping.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The column-mapping dialog's state: the sampled file, the mapping being edited (first guessed from the column
 * names), what stops it from importing, and a preview of the mapped values of the first rows. Holds no nodes.
 */
public final class ColumnMappingViewModel {

    /** One line of the mapping table: an exchange field, the column it reads, and example values. */
    public record FieldLine(Field field, String column, String example) {
    }

    private final MappingSample sample;
    private final ReadOnlyObjectWrapper<ColumnMapping> mapping = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FieldLine> lines = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> columnChoices = FXCollections.observableArrayList();

    public ColumnMappingViewModel(MappingSample sample, ColumnMapping start) {
        this.sample = sample;
        columnChoices.add("");
        columnChoices.addAll(sample.columns());
        set(start != null ? start : ColumnMapping.guess(sample.columns(), sample.layout())
                .withName(sample.file().getFileName().toString()));
    }

    /** Maps {@code field} to {@code column} ("" or null unmaps it). */
    public void map(Field field, String column) {
        set(mapping.get().withColumn(field, column));
    }

    /**
     * Sets how times are read: {@code auto} (ISO-8601, epoch seconds or milliseconds) or a {@code DateTimeFormatter}
     * pattern, in {@code zone} (an ID such as {@code UTC} or {@code Europe/Paris}); a bad value shows as a problem.
     */
    public void time(String format, String zone) {
        java.time.ZoneId id;
        try {
            id = java.time.ZoneId.of(zone == null || zone.isBlank() ? "UTC" : zone.strip());
        } catch (java.time.DateTimeException e) {
            problems.setAll(List.of("unknown time zone '" + zone + "'"));
            return;
        }
        set(mapping.get().withTime(format, id));
    }

    public void rename(String name) {
        set(mapping.get().withName(name));
    }

    private void set(ColumnMapping m) {
        mapping.set(m);
        List<FieldLine> out = new ArrayList<>();
        for (Field f : Field.values()) {
            String column = m.column(f);
            out.add(new FieldLine(f, column == null ? "" : column, examples(column)));
        }
        lines.setAll(out);
        problems.setAll(m.problems());
    }

    /** Up to three values of the column in the sample, " | " separated and shortened. */
    String examples(String column) {
        if (column == null || column.isEmpty()) {
            return "";
        }
        List<String> values = new ArrayList<>();
        for (Map<String, String> row : sample.rows()) {
            String v = row.get(column);
            if (v != null && !v.isBlank()) {
                values.add(v.length() > 40 ? v.substring(0, 39) + "…" : v);
            }
            if (values.size() == 3) {
                break;
            }
        }
        return String.join(" | ", values);
    }

    public boolean usable() {
        return problems.isEmpty();
    }

    public MappingSample sample() {
        return sample;
    }

    public ReadOnlyObjectProperty<ColumnMapping> mappingProperty() {
        return mapping.getReadOnlyProperty();
    }

    public ColumnMapping mapping() {
        return mapping.get();
    }

    public ObservableList<FieldLine> lines() {
        return lines;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<String> columnChoices() {
        return columnChoices;
    }
}
