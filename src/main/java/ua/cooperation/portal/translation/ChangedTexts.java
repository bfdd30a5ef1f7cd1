package ua.cooperation.portal.translation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Which originals a save changed, so that only their translations are marked outdated. */
public final class ChangedTexts {

    private ChangedTexts() {
    }

    /** The fields whose text differs between {@code before} and {@code after} (null and blank count as empty). */
    public static List<String> between(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(field -> !Objects.equals(normal(before.get(field)),
                normal(after.get(field)))).toList();
    }

    private static String normal(String text) {
        return text == null || text.isBlank() ? "" : text;
    }
}
