package org.chronicle.article.config;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.bson.Document;
import org.chronicle.article.command.ArticleIntake;
import org.chronicle.article.query.ArticleCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ArticleServiceConfiguration {

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    public ArticleIntake articleIntake(@Value("${chronicle.articles.max-body-chars}") int maxBodyChars, Clock clock) {
        return new ArticleIntake(maxBodyChars, clock);
    }

    /**
     * Off by default: the command benchmarks found no gain (bench/history/commands-results.md), because every write answers with the article view
     * folded from its stream anyway, so the stream is read either way. Kept switchable
     * ({@code chronicle.articles.aggregate-cache}) for a read side that no longer needs that. With it on, a stale
     * entry (another instance wrote) only costs a conflicting append, which rolls back, evicts it and is retried.
     */
    @Bean
    public Cache articleCache(@Value("${chronicle.articles.aggregate-cache:false}") boolean enabled) {
        return enabled ? new WeakReferenceCache() : NoCache.INSTANCE;
    }

    @Bean
    public MongoCollection<Document> articleCatalogCollection(MongoDatabase chronicleDatabase) {
        return chronicleDatabase.getCollection(ArticleCatalog.COLLECTION);
    }
}
