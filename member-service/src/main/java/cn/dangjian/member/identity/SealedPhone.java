package cn.dangjian.member.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Converter;

/** Stores a phone number sealed; see {@link SealedField}. */
@ApplicationScoped
@Converter
public class SealedPhone extends SealedField {

    public static final String FIELD = "phone";

    @Override
    String field() {
        return FIELD;
    }
}
