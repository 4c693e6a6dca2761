package org.chronicle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LaunchedPlatformTest {

    @Test
    void theLauncherRunsWithTheJvmOptionsOfTheChronicleScript() throws Exception {
        String script = Files.readString(Path.of(System.getProperty("chronicle.root", "..")).resolve("chronicle"));
        assertThat(script).contains("${CHRONICLE_LAUNCHER_JAVA_OPTS:-" + LaunchedPlatform.LAUNCHER_JVM_OPTIONS + "}");
    }
}
