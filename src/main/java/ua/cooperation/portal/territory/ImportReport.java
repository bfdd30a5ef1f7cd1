package ua.cooperation.portal.territory;

import java.util.List;

/**
 * What an import changed. Examples are "code name" strings (at most {@link #MAX_EXAMPLES} per list); a renamed
 * unit's example reads "code old name → new name".
 */
public record ImportReport(int rows, int added, int renamed, int changed, int withdrawn, int reinstated,
                           int unchanged, List<String> addedExamples, List<String> renamedExamples,
                           List<String> withdrawnExamples, long millis) {

    public static final int MAX_EXAMPLES = 10;
}
