package org.chronicle.extraction.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells which of the languages Chronicle reads a text is in, with Lingua's statistical models (n-grams up to
 * fivegrams), for articles submitted without a language. Building the detector loads its models: build one and
 * share it (it is thread-safe).
 */
public final class LanguageIdentifier {

    private final LanguageDetector detector;

    public LanguageIdentifier() {
        this.detector = LanguageDetectorBuilder
                .fromLanguages(Language.ITALIAN, Language.ENGLISH, Language.RUSSIAN, Language.KOREAN)
                // a few-word title must not be claimed by a language it barely resembles
                .withMinimumRelativeDistance(0.05)
                .build();
    }

    /** @return the ISO 639-1 code (it, en, ru, ko), or empty when the text is too short or too mixed to tell */
    public Optional<String> identify(String text) {
        Language language = detector.detectLanguageOf(text);
        if (language == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
    }
}
