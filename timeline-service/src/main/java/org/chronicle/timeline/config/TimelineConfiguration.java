package org.chronicle.timeline.config;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;
import org.chronicle.extraction.StatementExtractor;
import org.chronicle.platform.eventstore.EventStoreProperties;
import org.chronicle.timeline.live.ChangeFeed;
import org.chronicle.timeline.live.ChangeJournal;
import org.chronicle.timeline.live.TimelineChanges;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.chronicle.timeline.query.EverySegmentInvoker;
import org.chronicle.timeline.query.InitialToken;
import org.chronicle.timeline.query.ProjectionInterceptor;
import org.chronicle.timeline.query.ProjectionProcessor;
import org.chronicle.timeline.query.ProjectionStore;
import org.chronicle.timeline.query.ReplayCoordination;
import org.chronicle.timeline.query.ReplayProgress;
import org.chronicle.timeline.query.SegmentBalancer;
import org.chronicle.timeline.query.SegmentClaims;
import org.chronicle.timeline.query.TimelineProjection;
import org.chronicle.timeline.query.TimelinePartitions;
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

    @Bean
    public SegmentClaims segmentClaims(MongoDatabase chronicleDatabase, EventStoreProperties eventStore) {
        return new SegmentClaims(chronicleDatabase, eventStore.claimTimeout());
    }

    @Bean(destroyMethod = "close")
    public ReplayCoordination replayCoordination(MongoDatabase chronicleDatabase, ProjectionProcessor processors,
                                                 SegmentClaims claims, TimelineProperties properties) {
        return new ReplayCoordination(chronicleDatabase, processors, claims, properties.replay().pollEvery());
    }

    @Bean
    public ReplayProgress replayProgress(TimelineProperties properties) {
        return new ReplayProgress(properties.replay().logEveryEvents());
    }

    /**
     * The projection's processor: a tracking one by default (a thread per segment, woken as soon as the event store
     * has new events, which keeps the live lag low) or a pooled streaming one ({@code processor: pooled}: one
     * coordinator reads the store for every segment).
     * <ul>
     *   <li>Built here rather than by Axon's module so that its invoker is an {@link EverySegmentInvoker}: every
     *       segment sees every event and composes its own categories ({@link TimelinePartitions}).</li>
     *   <li>Its first start replays history up to the store's real head ({@link InitialToken}) instead of Axon's
     *       default.</li>
     *   <li>Handler failures propagate (instead of Axon's default of logging and moving on), so the batch is retried
     *       with back-off rather than an event the projection never recorded skipped.</li>
     *   <li>Segments are claimed through the token store; {@link SegmentBalancer} evens them out over the live
     *       instances.</li>
     * </ul>
     */
    @Bean
    public ConfigurerModule timelineProcessor(TimelineProperties properties, ReplayProgress replayProgress,
                                              MeterRegistry registry, ProjectionStore store,
                                              EventStoreProperties eventStore, TimelinePartitions partitions) {
        TimelineProperties.Projection projection = properties.projection();
        if (projection.segments() < 1 || projection.segments() > TimelinePartitions.MAX_SEGMENTS) {
            throw new IllegalStateException("chronicle.timeline.projection.segments must be between 1 and "
                    + TimelinePartitions.MAX_SEGMENTS + " (one category or more per segment), not "
                    + projection.segments());
        }
        // not a bean: Axon's Spring Boot support would register a bean interceptor with every processor once more
        ProjectionInterceptor interceptor = new ProjectionInterceptor(replayProgress, registry);
        Function<StreamableMessageSource<TrackedEventMessage<?>>, TrackingToken> initialToken =
                source -> InitialToken.replayUntilHead(source, store.events(), eventStore.lookBack());
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerEventProcessor(TimelineProjection.GROUP, (name, config, handlers) -> {
                    EventProcessingConfiguration axon = config.eventProcessingConfiguration();
                    EventHandlerInvoker invoker = new EverySegmentInvoker(handlers, partitions);
                    if ("tracking".equals(projection.processor())) {
                        return TrackingEventProcessor.builder()
                                .name(name)
                                .eventHandlerInvoker(invoker)
                                .rollbackConfiguration(axon.rollbackConfiguration(name))
                                .errorHandler(axon.errorHandler(name))
                                .messageMonitor(axon.messageMonitor(TrackingEventProcessor.class, name))
                                .messageSource(config.eventStore())
                                .tokenStore(axon.tokenStore(name))
                                .transactionManager(axon.transactionManager(name))
                                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                                        // a thread for every segment it may come to hold: after a takeover or
                                        // a replay that changed the count, not only the configured count
                                        .forParallelProcessing(TimelinePartitions.MAX_SEGMENTS)
                                        .andInitialSegmentsCount(projection.segments())
                                        .andBatchSize(projection.batchSize())
                                        .andInitialTrackingToken(initialToken))
                                .build();
                    }
                    return PooledStreamingEventProcessor.builder()
                            .name(name)
                            .eventHandlerInvoker(invoker)
                            .rollbackConfiguration(axon.rollbackConfiguration(name))
                            .errorHandler(axon.errorHandler(name))
                            .messageMonitor(axon.messageMonitor(PooledStreamingEventProcessor.class, name))
                            .messageSource(config.eventStore())
                            .tokenStore(axon.tokenStore(name))
                            .transactionManager(axon.transactionManager(name))
                            .coordinatorExecutor(executor(config, "Coordinator[" + name + "]", 1))
                            .workerExecutor(executor(config, "WorkPackage[" + name + "]", 4))
                            .initialSegmentCount(projection.segments())
                            .batchSize(projection.batchSize())
                            .initialToken(initialToken)
                            .build();
                })
                .registerListenerInvocationErrorHandler(TimelineProjection.GROUP,
                                                        config -> PropagatingErrorHandler.instance())
                .registerHandlerInterceptor(TimelineProjection.GROUP, config -> interceptor));
    }

    private static ScheduledExecutorService executor(Configuration config, String name, int threads) {
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(threads, new AxonThreadFactory(name));
        config.onShutdown(executor::shutdown);
        return executor;
    }
}
