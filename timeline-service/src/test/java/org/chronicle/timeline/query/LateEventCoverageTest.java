package org.chronicle.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.junit.jupiter.api.Test;

/**
 * Why the periodic audit repairs (axon-mongo 4.12.0): a pooled processor's work package ignores an event whose token
 * its last token {@link MongoTrackingToken#covers covers}, and {@code covers} counts every event older than the
 * token's oldest <em>known</em> event as seen. After a quiet spell longer than the look-back, a token knows only the
 * events since; an event committed a moment late, stamped just before them, is then judged seen although it is well
 * inside the look-back window, and is never projected. It happens when the first writes after a pause (or after the
 * store comes back) commit out of timestamp order. If this test fails, axon-mongo judges such events correctly and
 * the repair is only the safety net for commits later than the look-back.
 */
class LateEventCoverageTest {

    private static final Duration LOOK_BACK = Duration.ofSeconds(5);

    @Test
    void aTokenThatKnowsOnlyYoungerEventsCoversALateEventInsideTheLookBack() {
        Instant first = Instant.parse("2026-11-30T12:17:01.540Z");
        MongoTrackingToken lastDelivered = MongoTrackingToken.of(first, "first-after-the-pause");

        // committed after "first" was streamed, stamped 4 ms before it: the next query (look-back 5 s) finds it
        MongoTrackingToken late = lastDelivered.advanceTo(first.minusMillis(4), "late", LOOK_BACK);

        assertThat(lastDelivered.getKnownEventIds()).doesNotContain("late");
        assertThat(lastDelivered.covers(late)).as("judged already seen").isTrue();
    }

    @Test
    void withEventsAcrossTheWholeLookBackTheSameLateEventIsNotCovered() {
        Instant first = Instant.parse("2026-11-30T12:17:01.540Z");
        MongoTrackingToken lastDelivered = MongoTrackingToken.of(first.minusSeconds(4), "earlier")
                .advanceTo(first, "first", LOOK_BACK);

        MongoTrackingToken late = lastDelivered.advanceTo(first.minusMillis(4), "late", LOOK_BACK);

        assertThat(lastDelivered.covers(late)).isFalse();
    }
}
