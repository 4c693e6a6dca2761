package org.chronicle.article.command;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.chronicle.api.article.ArticleContent;
import org.chronicle.api.article.ArticleRetracted;
import org.chronicle.api.article.ArticleRevised;
import org.chronicle.api.article.ArticleSubmitted;
import org.chronicle.article.api.RetractArticle;
import org.chronicle.article.api.ReviseArticle;
import org.chronicle.article.api.RevisionOutcome;
import org.chronicle.article.api.SubmissionOutcome;
import org.chronicle.article.api.SubmitArticle;
import org.chronicle.article.command.ArticleRuleViolation.Kind;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final String ID = "6f1c2a52-0000-3000-8000-000000000001";
    private static final String URL = "https://example.org/news/1";
    private static final ArticleContent V1 = new ArticleContent("Putin a Kim", "Il presidente russo ...", "it",
            "Agenzia", URL, "2026-01-01T12:00:00Z");
    private static final ArticleContent V2 = new ArticleContent("Putin a Kim Jong Un", "Il presidente russo ...", "it",
            "Agenzia", URL, "2026-01-01T12:00:00Z");
    private static final MetaData EDITOR = MetaData.with("actor", "editor");

    private FixtureConfiguration<Article> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Article.class);
    }

    private static Matcher<ArticleRuleViolation> violation(Kind kind, int currentVersion) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(ArticleRuleViolation violation) {
                return violation.kind() == kind && violation.currentVersion() == currentVersion
                        && ID.equals(violation.articleId());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " violation at version " + currentVersion);
            }
        };
    }

    private static ArticleSubmitted submitted() {
        return new ArticleSubmitted(ID, 1, V1, "h1", "editor");
    }

    @Test
    void aNewUrlIsSubmittedAsVersionOne() {
        fixture.givenNoPriorActivity()
                .when(new SubmitArticle(ID, V1, "h1"), EDITOR)
                .expectSuccessfulHandlerExecution()
                .expectEvents(submitted())
                .expectResultMessagePayload(new SubmissionOutcome(ID, 1, true));
    }

    @Test
    void theSameUrlWithTheSameContentIsARepeatNotANewArticle() {
        fixture.given(submitted())
                .when(new SubmitArticle(ID, V1, "h1"), EDITOR)
                .expectNoEvents()
                .expectResultMessagePayload(new SubmissionOutcome(ID, 1, false));
    }

    @Test
    void anEarlierVersionSubmittedAgainIsAlsoARepeat() {
        fixture.given(submitted(), new ArticleRevised(ID, 2, V2, "h2", "editor"))
                .when(new SubmitArticle(ID, V1, "h1"), EDITOR)
                .expectNoEvents()
                .expectResultMessagePayload(new SubmissionOutcome(ID, 2, false));
    }

    @Test
    void theSameUrlWithOtherContentIsAConflict() {
        fixture.given(submitted())
                .when(new SubmitArticle(ID, V2, "h2"), EDITOR)
                .expectNoEvents()
                .expectException(violation(Kind.URL_TAKEN, 1));
    }

    @Test
    void aRetractedUrlCannotBeSubmittedAgain() {
        fixture.given(submitted(), new ArticleRetracted(ID, 1, "duplicate", "editor"))
                .when(new SubmitArticle(ID, V1, "h1"), EDITOR)
                .expectNoEvents()
                .expectException(violation(Kind.RETRACTED, 1));
    }

    @Test
    void aRevisionRaisesTheVersion() {
        fixture.given(submitted())
                .when(new ReviseArticle(ID, 1, V2, "h2"), EDITOR)
                .expectEvents(new ArticleRevised(ID, 2, V2, "h2", "editor"))
                .expectResultMessagePayload(new RevisionOutcome(ID, 2, true));
    }

    @Test
    void aRevisionWithoutExpectedVersionRevisesTheCurrentOne() {
        fixture.given(submitted(), new ArticleRevised(ID, 2, V2, "h2", "editor"))
                .when(new ReviseArticle(ID, null, V1, "h1"), EDITOR)
                .expectEvents(new ArticleRevised(ID, 3, V1, "h1", "editor"));
    }

    @Test
    void aRevisionAgainstAStaleVersionIsRefused() {
        fixture.given(submitted(), new ArticleRevised(ID, 2, V2, "h2", "editor"))
                .when(new ReviseArticle(ID, 1, V1, "h1"), EDITOR)
                .expectNoEvents()
                .expectException(violation(Kind.STALE_VERSION, 2));
    }

    @Test
    void aRevisionRepeatingTheCurrentContentRecordsNothing() {
        fixture.given(submitted())
                .when(new ReviseArticle(ID, 1, V1, "h1"), EDITOR)
                .expectNoEvents()
                .expectResultMessagePayload(new RevisionOutcome(ID, 1, false));
    }

    @Test
    void aRevisionCannotMoveTheArticleToAnotherUrl() {
        ArticleContent moved = new ArticleContent(V2.title(), V2.body(), "it", "Agenzia", "https://example.org/other",
                                                  V2.publishedAt());
        fixture.given(submitted())
                .when(new ReviseArticle(ID, 1, moved, "h3"), EDITOR)
                .expectNoEvents()
                .expectException(violation(Kind.URL_CHANGED, 1));
    }

    @Test
    void aRetractedArticleCannotBeRevised() {
        fixture.given(submitted(), new ArticleRetracted(ID, 1, null, "editor"))
                .when(new ReviseArticle(ID, 1, V2, "h2"), EDITOR)
                .expectNoEvents()
                .expectException(violation(Kind.RETRACTED, 1));
    }

    @Test
    void retractionIsRecordedOnce() {
        fixture.given(submitted())
                .when(new RetractArticle(ID, "wrong attribution"), EDITOR)
                .expectEvents(new ArticleRetracted(ID, 1, "wrong attribution", "editor"));
        fixture.given(submitted(), new ArticleRetracted(ID, 1, "wrong attribution", "editor"))
                .when(new RetractArticle(ID, "again"), EDITOR)
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anUnknownArticleCannotBeRevised() {
        fixture.givenNoPriorActivity()
                .when(new ReviseArticle(ID, null, V1, "h1"), EDITOR)
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }
}
