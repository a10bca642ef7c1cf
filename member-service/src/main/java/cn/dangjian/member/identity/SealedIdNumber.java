package cn.dangjian.member.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Converter;

/** Stores an ID number sealed; see {@link SealedField}. */
@ApplicationScoped
@Converter
public class SealedIdNumber extends SealedField {

    public static final String FIELD = "idNumber";

    @Override
    String field() {
        return FIELD;
    }
}
