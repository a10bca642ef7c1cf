package cn.dangjian.member.identity;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

public class IdentityCipherProducer {

    @Produces
    @Singleton
    IdentityCipher cipher(IdentityDataConfig config) {
        return new IdentityCipher(config.keys(), config.primaryKeyId(), config.hashKey());
    }
}
