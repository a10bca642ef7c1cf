package cn.dangjian.organisation.policy;

import io.smallrye.config.WithDefault;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link OrganisationSettings} for plain unit tests: each setting's {@code @WithDefault} (domain.md's figure, written
 * once on the interface), with the ones a test names changed.
 */
public final class Settings {

    private Settings() {
    }

    public static OrganisationSettings defaults() {
        return with(Map.of());
    }

    /** The defaults with one setting changed, e.g. {@code with("jointMaxUnits", 3)}. */
    public static OrganisationSettings with(String setting, int value) {
        return with(Map.of(setting, value));
    }

    public static OrganisationSettings with(Map<String, Integer> changed) {
        Map<String, Integer> values = new HashMap<>();
        for (Method method : OrganisationSettings.class.getMethods()) {
            values.put(method.getName(), Integer.valueOf(method.getAnnotation(WithDefault.class).value()));
        }
        changed.forEach((setting, value) -> {
            if (values.put(setting, value) == null) {
                throw new IllegalArgumentException("no setting " + setting);
            }
        });
        return (OrganisationSettings) Proxy.newProxyInstance(OrganisationSettings.class.getClassLoader(),
                new Class<?>[] {OrganisationSettings.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> "Settings" + values;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> values.get(method.getName());
                });
    }
}
