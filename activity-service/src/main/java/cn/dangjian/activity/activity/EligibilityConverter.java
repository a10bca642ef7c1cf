package cn.dangjian.activity.activity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores an activity's eligibility as a comma-separated list (few values, always read with the activity). */
@Converter
public class EligibilityConverter implements AttributeConverter<Set<Eligibility>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Eligibility> values) {
        return values == null || values.isEmpty() ? "" : EnumSet.copyOf(values).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Eligibility> convertToEntityAttribute(String column) {
        Set<Eligibility> values = EnumSet.noneOf(Eligibility.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(Eligibility::valueOf).forEach(values::add);
        }
        return values;
    }
}
