package org.chronicle.article.command;

/** A command that the article's current state does not allow; the web layer maps each kind to a status. */
public class ArticleRuleViolation extends RuntimeException {

    public enum Kind {
        /** The URL is on record with other content: revise that article instead. */
        URL_TAKEN,
        /** The article was retracted and accepts no more changes. */
        RETRACTED,
        /** The reviser saw an older version than the current one. */
        STALE_VERSION,
        /** A revision tried to move the article to another URL, which is its identity. */
        URL_CHANGED
    }

    private final Kind kind;
    private final String articleId;
    private final int currentVersion;

    public ArticleRuleViolation(Kind kind, String articleId, int currentVersion, String message) {
        super(message);
        this.kind = kind;
        this.articleId = articleId;
        this.currentVersion = currentVersion;
    }

    public Kind kind() {
        return kind;
    }

    public String articleId() {
        return articleId;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
