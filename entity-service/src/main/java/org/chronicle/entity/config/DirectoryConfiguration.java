package org.chronicle.entity.config;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory collection lives in the same database as the event store, the one the URI names. */
@Configuration(proxyBeanMethods = false)
public class DirectoryConfiguration {

    public static final String COLLECTION = "entity_directory";

    @Bean
    public MongoCollection<Document> entityDirectoryCollection(MongoClient mongoClient,
                                                               @Value("${spring.data.mongodb.uri}") String uri) {
        String database = new ConnectionString(uri).getDatabase();
        MongoCollection<Document> directory = mongoClient.getDatabase(database == null ? "chronicle" : database)
                .getCollection(COLLECTION);
        // the listing sorts by (sortName, _id), optionally within one type; unanchored search still scans,
        // but the multikey index on search terms is smaller than the documents
        directory.createIndex(Indexes.ascending("sortName", "_id"));
        directory.createIndex(Indexes.ascending("type", "sortName", "_id"));
        directory.createIndex(Indexes.ascending("search"));
        return directory;
    }
}
