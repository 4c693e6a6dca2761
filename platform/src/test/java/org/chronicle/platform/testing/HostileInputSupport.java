package org.chronicle.platform.testing;

import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of a service's hostile-input and fuzz tests: the service on a random port with its event store in the
 * embedded MongoDB (one database, so the service's hostile-input test classes share one Spring context), reached
 * over real HTTP through {@link #service}, and healthy after every test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
