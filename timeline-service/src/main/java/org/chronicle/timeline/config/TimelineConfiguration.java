package org.chronicle.timeline.config;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.chronicle.extraction.StatementExtractor;
import org.chronicle.platform.eventstore.EventStoreProperties;
import org.chronicle.timeline.live.ChangeFeed;
import org.chronicle.timeline.live.ChangeJournal;
import org.chronicle.timeline.live.TimelineChanges;
import org.chronicle.timeline.query.InitialToken;
import org.chronicle.timeline.query.ProjectionInterceptor;
import org.chronicle.timeline.query.ProjectionProcessor;
import org.chronicle.timeline.query.ProjectionStore;
import org.chronicle.timeline.query.ReplayCoordination;
import org.chronicle.timeline.query.ReplayProgress;
import org.chronicle.timeline.query.TimelineProjection;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimelineProperties.class)
public class TimelineConfiguration {

    /** The platform's {@code chronicleDatabase}: the one the writers append to, so the timeline lives next to it. */
    /** Loads the language models once; the extractor is immutable and shared by every handler call. */
    @Bean
    public StatementExtractor statementExtractor() {
        return new StatementExtractor();
    }

    @Bean
    public ProjectionStore projectionStore(MongoDatabase chronicleDatabase) {
        return new ProjectionStore(chronicleDatabase);
    }

    /**
     * The SSE stream's changes come from the shared journal rather than this process's composer: with several
     * instances only the segment's holder composes, while clients are spread over all of them.
     */
    @Bean
    public ChangeJournal changeJournal(MongoDatabase chronicleDatabase, TimelineChanges composed) {
        ChangeJournal journal = new ChangeJournal(chronicleDatabase, java.time.Clock.systemUTC());
        composed.subscribe(journal::append);
        return journal;
    }

    @Bean(destroyMethod = "close")
    @org.springframework.context.annotation.Primary
    public ChangeFeed changeFeed(ChangeJournal journal,
                                 @org.springframework.beans.factory.annotation.Value("${chronicle.timeline.stream.poll:500ms}")
                                 java.time.Duration poll) {
        return new ChangeFeed(journal, java.time.Clock.systemUTC(), poll, java.time.Duration.ofSeconds(2),
                              java.time.Duration.ofMinutes(2));
    }

    @Bean(destroyMethod = "close")
    public ReplayCoordination replayCoordination(MongoDatabase chronicleDatabase, ProjectionProcessor processors,
                                                 TimelineProperties properties) {
        return new ReplayCoordination(chronicleDatabase, processors, properties.replay().pollEvery());
    }

    @Bean
    public ReplayProgress replayProgress(TimelineProperties properties) {
        return new ReplayProgress(properties.replay().logEveryEvents());
    }

    /**
     * The projection runs in a pooled streaming processor rather than a tracking one:
     * <ul>
     *   <li>one coordinator reads the store once and hands events to per-segment work packages on a shared thread
     *       pool, where a tracking processor opens one stream (one query loop) per segment thread: a replay reads the
     *       store once instead of once per segment;</li>
     *   <li>segments are claimed and released by the coordinator without a dedicated thread each, so instances can
     *       share the work and segments can be split or merged while running;</li>
     *   <li>it works with {@code MongoTrackingToken} on Axon 4.12.2: the replay test drives a full reset through
     *       it and checks that replayed events are flagged as replays and the stored token stays bounded.</li>
     * </ul>
     * Its first start replays history up to the store's real head ({@link InitialToken}) instead of Axon's default.
     * Handler failures propagate (instead of Axon's default of logging and moving on), so the work package retries
     * the batch with back-off rather than skipping an event the projection never recorded.
     */
    @Bean
    public ConfigurerModule timelineProcessor(TimelineProperties properties, ReplayProgress replayProgress,
                                              MeterRegistry registry, ProjectionStore store,
                                              EventStoreProperties eventStore) {
        TimelineProperties.Projection projection = properties.projection();
        // not a bean: Axon's Spring Boot support would register a bean interceptor with every processor once more
        ProjectionInterceptor interceptor = new ProjectionInterceptor(replayProgress, registry);
        return configurer -> configurer.eventProcessing(processing -> {
            if ("tracking".equals(projection.processor())) {
                processing.registerTrackingEventProcessor(
                        TimelineProjection.GROUP,
                        Configuration::eventStore,
                        config -> TrackingEventProcessorConfiguration.forParallelProcessing(projection.segments())
                                .andInitialSegmentsCount(projection.segments())
                                .andBatchSize(projection.batchSize())
                                .andInitialTrackingToken(source -> InitialToken.replayUntilHead(source, store.events(),
                                                                                                eventStore.lookBack())));
            } else {
                processing.registerPooledStreamingEventProcessor(
                        TimelineProjection.GROUP,
                        Configuration::eventStore,
                        (config, builder) -> builder
                                .initialSegmentCount(projection.segments())
                                .batchSize(projection.batchSize())
                                .initialToken(source -> InitialToken.replayUntilHead(source, store.events(),
                                                                                     eventStore.lookBack())));
            }
            processing
                    .registerListenerInvocationErrorHandler(TimelineProjection.GROUP,
                                                            config -> PropagatingErrorHandler.instance())
                    .registerHandlerInterceptor(TimelineProjection.GROUP, config -> interceptor);
        });
    }
}
