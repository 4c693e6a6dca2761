package org.chronicle.extraction.evaluation;

import java.util.List;

/** One entry a careful analyst expects from an article ({@code seeds/eval/*.json}). */
public record GoldEntry(String date, String precision, List<String> entities, String category, String dateText,
                        String quote) {
}
