package cn.dangjian.points.honour;

/** Names on public lists keep their first and last character: 张建国 → 张*国, 欧阳修文 → 欧**文, 张三 → 张*. */
public final class NameMask {

    private NameMask() {
    }

    public static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "*";
        }
        int[] chars = name.strip().codePoints().toArray();
        if (chars.length == 1) {
            return "*";
        }
        if (chars.length == 2) {
            return new String(chars, 0, 1) + "*";
        }
        return new String(chars, 0, 1) + "*".repeat(chars.length - 2) + new String(chars, chars.length - 1, 1);
    }
}
