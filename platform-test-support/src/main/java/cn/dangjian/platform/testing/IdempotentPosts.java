package cn.dangjian.platform.testing;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The contract lets a client send Idempotency-Key on any POST, and every service's OpenAPI document says so for every
 * POST: so every POST resource method of a service must carry {@code @Idempotent}. Finds them in the service's
 * compiled classes (no Quarkus needed).
 */
public final class IdempotentPosts {

    private IdempotentPosts() {
    }

    /** The POST resource methods without {@code @Idempotent} among the classes beside {@code anyServiceClass}. */
    public static List<String> withoutIdempotent(Class<?> anyServiceClass) throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(anyServiceClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> missing = new ArrayList<>();
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.map(p -> classes.relativize(p).toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
        for (String name : names) {
            Class<?> type = Class.forName(name, false, anyServiceClass.getClassLoader());
            Method[] methods;
            try {
                methods = type.getDeclaredMethods();
            } catch (NoClassDefFoundError e) {
                continue;
            }
            for (Method method : methods) {
                if (has(method, "jakarta.ws.rs.POST") && !has(method, "cn.dangjian.platform.idempotency.Idempotent")) {
                    missing.add(type.getSimpleName() + "#" + method.getName());
                }
            }
        }
        return missing;
    }

    private static boolean has(Method method, String annotation) {
        for (Annotation a : method.getAnnotations()) {
            if (a.annotationType().getName().equals(annotation)) {
                return true;
            }
        }
        return false;
    }
}
