package cn.dangjian.organisation.unit;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Keeps a unit's credit code a {@link CreditCode} from the edge to the column. */
@Converter
public class CreditCodeConverter implements AttributeConverter<CreditCode, String> {

    @Override
    public String convertToDatabaseColumn(CreditCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public CreditCode convertToEntityAttribute(String column) {
        return column == null ? null : CreditCode.parse(column);
    }
}
