package org.chronicle.timeline.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two timeline instances on one store: the one that composes writes its changes to the journal, and the SSE
 * listeners of both get each change exactly once, whichever instance they are connected to.
 */
class ChangeFeedTest {

    private static final Duration POLL = Duration.ofMillis(50);

    private MongoClient client;
    private MongoDatabase database;
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

    @BeforeEach
    void store() {
        client = MongoClients.create(new ConnectionString(EmbeddedMongo.uri("change-feed")));
        database = client.getDatabase("change-feed");
        database.getCollection(ChangeJournal.COLLECTION).drop();
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
        client.close();
    }

    private ChangeFeed feed(ChangeJournal journal, Duration retention) {
        ChangeFeed feed = new ChangeFeed(journal, Clock.systemUTC(), POLL, Duration.ofSeconds(2), retention);
        open.add(feed);
        return feed;
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
    }

    @Test
    void everyInstanceDeliversEachChangeOnceAndNothingFromBeforeItStarted() throws Exception {
        ChangeJournal journal = new ChangeJournal(database, Clock.systemUTC());
        journal.append(TimelineChange.saved("before-start"));
        TimelineChanges composer = new TimelineChanges();
        open.add(composer.subscribe(journal::append));

        List<TimelineChange> holder = new CopyOnWriteArrayList<>();
        List<TimelineChange> standby = new CopyOnWriteArrayList<>();
        open.add(feed(journal, Duration.ofMinutes(2)).subscribe(holder::add));
        open.add(feed(new ChangeJournal(database, Clock.systemUTC()), Duration.ofMinutes(2)).subscribe(standby::add));
        Thread.sleep(100);

        composer.publish(TimelineChange.saved("e-1"));
        composer.publish(TimelineChange.deleted("e-2"));
        composer.publish(TimelineChange.reset());
        awaitSize(holder, 3);
        awaitSize(standby, 3);

        List<TimelineChange> expected = List.of(TimelineChange.saved("e-1"), TimelineChange.deleted("e-2"),
                TimelineChange.reset());
        assertThat(holder).containsExactlyElementsOf(expected);
        assertThat(standby).containsExactlyElementsOf(expected);
    }

    @Test
    void aChangeWrittenWithASlightlyEarlierClockIsStillDelivered() throws Exception {
        ChangeJournal journal = new ChangeJournal(database, Clock.systemUTC());
        List<TimelineChange> received = new CopyOnWriteArrayList<>();
        open.add(feed(journal, Duration.ofMinutes(2)).subscribe(received::add));
        journal.append(TimelineChange.saved("now"));
        awaitSize(received, 1);
        // a new holder after a failover whose clock is a second behind
        Clock behind = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-1));
        new ChangeJournal(database, behind).append(TimelineChange.saved("late-clock"));
        awaitSize(received, 2);

        assertThat(received).containsExactly(TimelineChange.saved("now"), TimelineChange.saved("late-clock"));
    }

    @Test
    void oldChangesArePruned() throws Exception {
        Clock hourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        new ChangeJournal(database, hourAgo).append(TimelineChange.saved("old"));
        ChangeJournal journal = new ChangeJournal(database, Clock.systemUTC());
        journal.append(TimelineChange.saved("fresh"));

        feed(journal, Duration.ofMinutes(2));
        Thread.sleep(300);

        assertThat(database.getCollection(ChangeJournal.COLLECTION).find()
                .map(d -> d.getString("entryId")).into(new java.util.ArrayList<>())).containsExactly("fresh");
        assertThat(journal.since(Date.from(Instant.EPOCH), 10)).extracting(d -> d.getString("entryId"))
                .containsExactly("fresh");
    }
}
