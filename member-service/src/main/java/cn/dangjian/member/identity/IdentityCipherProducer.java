package cn.dangjian.member.identity;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

public class IdentityCipherProducer {

    @Produces
    @Singleton
    IdentityCipher cipher(IdentityDataSettings settings) {
        return new IdentityCipher(settings.keys(), settings.primaryKeyId(), settings.hashKey());
    }
}
