package org.chronicle.entity.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;
import org.chronicle.entity.api.RegisterEntity;
import org.junit.jupiter.api.Test;

class RegistrationsTest {

    @Test
    void aWikidataItemDecidesTheIdWhateverTheName() {
        RegisterEntity a = Registrations.prepare(EntityType.PERSON, "Vladimir Putin", null, null,
                                                 Map.of("wikidata", "Q7747"));
        RegisterEntity b = Registrations.prepare(EntityType.PERSON, "Путин", null, null, Map.of("wikidata", "q7747"));

        assertThat(a.entityId()).isEqualTo(b.entityId()).isEqualTo(
                UUID.nameUUIDFromBytes("entity:wikidata:Q7747".getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Test
    void withoutAWikidataItemTypeAndNameDecideTheIdRegardlessOfCaseAndSpacing() {
        RegisterEntity a = Registrations.prepare(EntityType.PLACE, "Kursk  Oblast", null, null, null);
        RegisterEntity b = Registrations.prepare(EntityType.PLACE, " kursk oblast", null, null, Map.of("osm", "1"));
        RegisterEntity organisation = Registrations.prepare(EntityType.ORGANIZATION, "Kursk Oblast", null, null, null);

        assertThat(a.entityId()).isEqualTo(b.entityId()).isEqualTo(
                UUID.nameUUIDFromBytes("entity:PLACE:kursk oblast".getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(organisation.entityId()).isNotEqualTo(a.entityId());
    }

    @Test
    void aliasesAreNormalisedDeduplicatedPerLanguageAndSorted() {
        RegisterEntity command = Registrations.prepare(EntityType.PERSON, "Kim Jong Un", Side.DPRK,
                Map.of("ko", List.of("김정은", " 김정은 "), "RU", List.of("Ким Чен Ын", "КИМ ЧЕН ЫН"),
                       "iw", List.of("קים ג'ונג און"), "it", List.of()),
                null);

        assertThat(command.aliases()).containsExactly(
                Map.entry("he", List.of("קים ג'ונג און")),
                Map.entry("ko", List.of("김정은")),
                Map.entry("ru", List.of("Ким Чен Ын")));
        assertThat(command.side()).isEqualTo(Side.DPRK);
    }

    @Test
    void externalIdSchemesMustBeSafeFieldNames() {
        assertThatThrownBy(() -> Registrations.prepare(EntityType.PERSON, "X", null, null, Map.of("$where", "1")))
                .isInstanceOf(InvalidEntityException.class)
                .extracting(e -> ((InvalidEntityException) e).field()).isEqualTo("externalIds");
        assertThatThrownBy(() -> Registrations.prepare(EntityType.PERSON, "X", null, null, Map.of("a.b", "1")))
                .isInstanceOf(InvalidEntityException.class);
    }

    @Test
    void controlCharactersAreRejected() {
        assertThatThrownBy(() -> Registrations.prepare(EntityType.PERSON, "Kim\u0000", null, null, null))
                .isInstanceOf(InvalidEntityException.class)
                .extracting(e -> ((InvalidEntityException) e).field()).isEqualTo("name");
    }

    @Test
    void twoHundredCharactersAreAllowedCountedAsCodePoints() {
        String name = "😀".repeat(200);
        assertThat(Registrations.prepare(EntityType.PERSON, name, null, null, null).name()).isEqualTo(name);
    }
}
