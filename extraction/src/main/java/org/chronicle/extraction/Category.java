package org.chronicle.extraction;

/**
 * What kind of event an entry records. In order of precedence when a statement fits several: signing a treaty at
 * a summit is TREATY, troops sent under a treaty are MILITARY.
 */
public enum Category {
    /** A treaty or agreement signed, ratified, entering into force, or invoked. */
    TREATY,
    /** Troops, weapons, exercises, fighting, military cooperation. */
    MILITARY,
    /** Trade, transport links, energy, labour, sanctions on economic ties. */
    ECONOMY,
    /** Visits, summits, talks, meetings, delegations, envoys. */
    DIPLOMACY,
    /** Something said or sent: statements, messages, telegrams, letters. */
    STATEMENT,
    /** Dated and relevant, but none of the above. */
    OTHER
}
