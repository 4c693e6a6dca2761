package org.chronicle.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedArticleTest {

    @Test
    void theSeedArticleCarriesItsMetadataAndTheBodyAsPublished() throws Exception {
        SeedArticle seed = SeedArticle.read(Path.of("..", "seeds", "articles", "000_397f05aa001151ac.txt"));
        assertThat(seed.fields()).containsEntry("language", "it")
                .containsEntry("publishedAt", "2026-01-01T12:00:00Z")
                .containsEntry("title", "Putin a Kim Jong Un: il 2025 ha un \"significato speciale\" per le relazioni");
        assertThat(seed.fields().get("body")).startsWith("Il presidente russo ha inviato un telegramma")
                .contains("Firmato nel giugno del 2024").endsWith("e in altri campi.");
    }

    @Test
    void malformedFrontMatterIsReportedWithTheFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "---\ntitle: t\nauthor: x\n---\nbody");
        assertThatThrownBy(() -> SeedArticle.read(file)).hasMessageContaining("bad.txt:3").hasMessageContaining("author");
        Files.writeString(file, "---\ntitle: t\n");
        assertThatThrownBy(() -> SeedArticle.read(file)).hasMessageContaining("not closed");
    }
}
