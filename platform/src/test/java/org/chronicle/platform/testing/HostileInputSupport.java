package org.chronicle.platform.testing;

import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of a service's hostile-input and fuzz tests: the service on a random port with its event store in the
 * embedded MongoDB, reached over real HTTP through {@link #service}, and healthy after every test. The context is
 * closed after each class: a context left running keeps Spring Boot from configuring logging again for the next one
 * (the {@code json-logs} profile of {@code StructuredLogTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
public abstract class HostileInputSupport {

    private static final String DATABASE = "hostile-input";

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> EmbeddedMongo.uri(DATABASE));
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoClient mongo;

    protected ServiceUnderTest service;

    @BeforeEach
    void connect() {
        service = new ServiceUnderTest(port, mongo.getDatabase(DATABASE));
    }

    @AfterEach
    void stillHealthy() {
        service.assertHealthy();
    }
}
