package cn.dangjian.member.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an ID number sealed (AES-GCM, key id tagged); the entity sees it in clear. */
@ApplicationScoped
@Converter
public class SealedIdNumber implements AttributeConverter<String, String> {

    public static final String FIELD = "idNumber";

    @Inject
    IdentityCipher cipher;

    @Override
    public String convertToDatabaseColumn(String clear) {
        return cipher.seal(clear, FIELD);
    }

    @Override
    public String convertToEntityAttribute(String sealed) {
        return cipher.open(sealed, FIELD);
    }
}
