package cn.dangjian.member.identity;

import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;

/** Stores one kind of identity data sealed (AES-GCM, key id tagged, bound to its field); the entity sees it in clear. */
abstract class SealedField implements AttributeConverter<String, String> {

    @Inject
    IdentityCipher cipher;

    /** The field name sealed values are bound to (associated data): an ID number's ciphertext is no phone number. */
    abstract String field();

    @Override
    public String convertToDatabaseColumn(String clear) {
        return cipher.seal(clear, field());
    }

    @Override
    public String convertToEntityAttribute(String sealed) {
        return cipher.open(sealed, field());
    }
}
