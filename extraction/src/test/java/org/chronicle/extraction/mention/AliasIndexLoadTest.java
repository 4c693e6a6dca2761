package org.chronicle.extraction.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Build and match at the sizes the timeline will use; one index shared by several threads. */
class AliasIndexLoadTest {

    private static final String[][] SENTENCES = {
            {"it", "Il presidente russo Vladimir Putin ha inviato gli auguri di Capodanno al leader nordcoreano Kim "
                    + "Jong Un, salutando l’anno trascorso tra Mosca e Pyongyang."},
            {"it", "L’esercito russo ha riferito in aprile che le truppe ucraine erano state espulse dalla regione "
                    + "di Kursk."},
            {"en", "Russia's defence minister Sergei Shoygu arrived in Pyongyang, KCNA reported on Wednesday."},
            {"ru", "Путин провёл переговоры с Ким Чен Ыном в Пхеньяне, сообщило ЦТАК."},
            {"ko", "김정은 위원장이 평양에서 푸틴 대통령을 맞이했다고 조선중앙통신이 보도했다."},
    };

    /** Hundreds of entities with thousands of aliases in four languages, plus the fixture. */
    static List<EntityAliases> manyEntities() {
        List<EntityAliases> entities = new ArrayList<>(Fixture.ENTITIES);
        String[] latin = {"Ivan", "Pavel", "Oleg", "Yuri", "Boris", "Anton", "Lev", "Gleb", "Ilya", "Denis"};
        String[] cyr = {"Иван", "Павел", "Олег", "Юрий", "Борис", "Антон", "Лев", "Глеб", "Илья", "Денис"};
        String[] hangul = {"이반", "파벨", "올레그", "유리", "보리스", "안톤", "레프", "글레프", "일리야", "데니스"};
        for (int i = 0; i < 400; i++) {
            String latinName = latin[i % 10] + " Testov" + i;
            String cyrName = cyr[i % 10] + " Тестов" + i;
            String koName = hangul[i % 10] + " 테스토프" + i;
            entities.add(new EntityAliases("e" + i, latinName, "PERSON", "OTHER", Map.of(
                    "en", List.of(latinName, "Testov" + i, "Agency number " + i),
                    "it", List.of(latinName, "Testov" + i, "agenzia numero " + i),
                    "ru", List.of(cyrName, "Тестов" + i, "агентство номер " + i),
                    "ko", List.of(koName, "테스토프" + i))));
        }
        return entities;
    }

    @Test
    void buildsInMillisecondsAndMatchesThousandsOfSentencesPerSecond() {
        List<EntityAliases> entities = manyEntities();
        AliasIndex.of(entities); // warm-up: loads Nori's dictionary, JIT
        long t0 = System.nanoTime();
        AliasIndex index = AliasIndex.of(entities);
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;

        for (int i = 0; i < 2_000; i++) {
            String[] s = SENTENCES[i % SENTENCES.length];
            index.find(s[1], s[0]);
        }
        int n = 20_000;
        long t1 = System.nanoTime();
        int mentions = 0;
        for (int i = 0; i < n; i++) {
            String[] s = SENTENCES[i % SENTENCES.length];
            mentions += index.find(s[1], s[0]).size();
        }
        double perSecond = n / ((System.nanoTime() - t1) / 1e9);
        System.out.printf("AliasIndex: %d entities built in %d ms; %.0f sentences/s (%d mentions)%n",
                entities.size(), buildMillis, perSecond, mentions);
        // generous bounds: the machine is shared; typical figures are in the README
        assertThat(buildMillis).isLessThan(3_000);
        assertThat(perSecond).isGreaterThan(2_000);
        assertThat(index.find("Ivan Testov7 e l'agenzia numero 12", "it")).extracting(Mention::entityId)
                .containsExactly("e7", "e12");
        assertThat(index.find("Павел Тестов11 и Тестов12", "ru")).extracting(Mention::entityId)
                .containsExactly("e11", "e12");
    }

    @Test
    void oneIndexServesManyThreadsWithTheSameResults() throws Exception {
        AliasIndex index = AliasIndex.of(Fixture.ENTITIES);
        List<List<Mention>> expected = new ArrayList<>();
        List<List<UnlinkedMention>> expectedUnlinked = new ArrayList<>();
        for (String[] s : SENTENCES) {
            expected.add(index.find(s[1], s[0]));
            expectedUnlinked.add(index.unlinked(s[1], s[0]));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        int k = i % SENTENCES.length;
                        if (!index.find(SENTENCES[k][1], SENTENCES[k][0]).equals(expected.get(k))
                                || !index.unlinked(SENTENCES[k][1], SENTENCES[k][0])
                                .equals(expectedUnlinked.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.get(4)).extracting(Mention::surface)
                .containsExactly("김정은", "평양에서", "푸틴", "조선중앙통신이");
    }
}
