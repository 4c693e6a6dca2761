package org.chronicle.extraction.date;

import java.util.Set;

/**
 * Russian tense cues. Past: the {@code -л} forms after a vowel ({@code заявил, подписала, состоялись}) and
 * {@code -шла/-шли} ({@code прошли}), {@code мог, погиб, достиг}, minus nouns that look alike ({@code генерал,
 * Сеул, цели}). Future: {@code будет/будут}, {@code состоится}, {@code планируется}, {@code намерен},
 * {@code предстоит}, {@code ожидается}, and perfective forms that can only be future ({@code посетит, подпишут,
 * проведёт}); other present-tense forms are left alone, since imperfective and perfective look the same.
 */
final class RussianTenseCues extends WordCues {

    private static final Set<String> FUTURE = words("будет", "будут", "буду", "будем", "будете", "будешь",
            "состоится", "состоятся", "планируется", "планируются", "планирует", "планируют", "планируем",
            "собирается", "собираются", "предстоит", "предстоят", "ожидается", "ожидаются", "предполагается",
            "намерен", "намерена", "намерено", "намерены", "посетит", "посетят", "подпишет", "подпишут", "проведет",
            "проведёт", "проведут", "встретится", "встретятся", "примет", "примут", "обсудит", "обсудят", "прибудет",
            "прибудут", "направит", "направят", "пройдет", "пройдёт", "пройдут", "начнется", "начнётся", "начнутся",
            "откроется", "откроются", "завершится", "завершатся", "станет", "станут", "отправится", "отправятся",
            "выступит", "выступят", "сможет", "смогут", "совершит", "совершат", "продлится", "продолжится",
            "продолжатся", "вступит", "вступят", "окажет", "окажут", "приедет", "приедут", "вернется", "вернётся",
            "вернутся", "получит", "получат", "подготовит", "подготовят", "заключит", "заключат", "обменяются",
            "проведем", "проведём", "подпишем", "посетим");
    private static final Set<String> NOT_PAST = words("генерал", "генерала", "канал", "канала", "материал",
            "материала", "сигнал", "сигнала", "потенциал", "потенциала", "капитал", "капитала", "журнал", "журнала",
            "финал", "финала", "арсенал", "арсенала", "трибунал", "трибунала", "персонал", "персонала", "маршал",
            "маршала", "адмирал", "адмирала", "идеал", "ритуал", "мемориал", "мемориала", "интервал", "минерал",
            "терминал", "терминала", "криминал", "вокзал", "вокзала", "скандал", "скандала", "урал", "урала", "зал",
            "зала", "квартал", "квартала", "провал", "провала", "дел", "предел", "предела", "раздел", "раздела",
            "отдел", "отдела", "пробел", "удел", "тел", "дела", "тела", "села", "цели", "недели", "модели", "пули",
            "мали", "бали", "сомали", "дели", "ели", "мели", "чили", "дело", "тело", "село", "сил", "могил", "правил",
            "мало", "начало", "крыло", "правило", "сеул", "сеула", "стамбул", "стамбула", "кабул", "кабула", "нил",
            "тыл", "тыла", "пыл", "ангела", "михаил", "михаила", "даниил", "павел", "самуил", "гавриил", "шакал",
            "бокал", "штурвал", "карнавал", "овал", "вал", "вала", "оригинал", "оригинала", "артели", "мотели",
            "отели", "параллели", "дуэли", "акварели", "кабели", "карусели", "около", "более", "доли", "воли",
            "школа", "школы", "стола", "посла", "числа", "смысла", "весла", "масла", "котла", "угла");
    private static final Set<String> REPORTING_STEMS = words("заявил", "сказал", "сообщил", "отметил", "подчеркнул",
            "заверил", "пояснил", "добавил", "указал", "написал", "передал", "констатировал", "признал", "рассказал",
            "объявил", "уточнил", "напомнил");
    private static final Set<String> CONJUNCTIONS = words("а", "и", "но", "однако");
    private static final Set<String> SUBORDINATORS = words("что", "чтобы", "где", "когда", "если", "поскольку",
            "хотя", "пока");

    @Override
    int cue(Words w, int i, TenseCues.Builder out) {
        String x = w.get(i);
        if (FUTURE.contains(x) || x.startsWith("запланирован") || x.startsWith("назначен")) {
            return emit(w, i, i, Tense.FUTURE, false, false, out);
        }
        if (isPast(x) && !NOT_PAST.contains(x)) {
            return emit(w, i, i, Tense.PAST, false, isReporting(x), out);
        }
        return 0;
    }

    static boolean isPast(String x) {
        String y = x.endsWith("ся") || x.endsWith("сь") ? x.substring(0, x.length() - 2) : x;
        int n = y.length();
        if (n >= 3 && y.charAt(n - 1) == 'л' && isVowel(y.charAt(n - 2))) {
            return true; // заявил, шёл
        }
        if (n >= 4 && y.charAt(n - 2) == 'л' && "аои".indexOf(y.charAt(n - 1)) >= 0
                && (isVowel(y.charAt(n - 3)) || y.charAt(n - 3) == 'ш')) {
            return true; // заявила, были, прошли
        }
        // past forms without the vowel before л: мог, помогли, погиб, достигли, вырос, умер, привезли
        String stem = n >= 2 && y.charAt(n - 2) == 'л' && "аои".indexOf(y.charAt(n - 1)) >= 0
                ? y.substring(0, n - 2) : y;
        return stem.endsWith("мог") || stem.endsWith("гиб") || stem.endsWith("стиг") || stem.equals("вырос")
                || stem.equals("умер") || (stem != y && (stem.endsWith("вез") || stem.endsWith("вёз")
                || stem.endsWith("нес") || stem.endsWith("нёс") || stem.endsWith("рос")));
    }

    private static boolean isVowel(char c) {
        return "аеиуыяёэю".indexOf(c) >= 0;
    }

    private static boolean isReporting(String x) {
        for (String stem : REPORTING_STEMS) {
            if (x.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    @Override
    boolean subordinator(String word) {
        return SUBORDINATORS.contains(word) || word.startsWith("котор");
    }

    @Override
    Set<String> conjunctions() {
        return CONJUNCTIONS;
    }
}
