package org.chronicle.timeline;

import org.chronicle.platform.eventstore.MongoEventStoreConfiguration;
import org.chronicle.platform.web.ServiceWebConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@Import({MongoEventStoreConfiguration.class, ServiceWebConfiguration.class})
public class TimelineServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TimelineServiceApplication.class, args);
    }
}
