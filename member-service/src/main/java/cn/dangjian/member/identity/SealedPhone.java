package cn.dangjian.member.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a phone number sealed (AES-GCM, key id tagged); the entity sees it in clear. */
@ApplicationScoped
@Converter
public class SealedPhone implements AttributeConverter<String, String> {

    public static final String FIELD = "phone";

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
