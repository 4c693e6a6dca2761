package org.chronicle.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The admin key of the embedded default: generated once, kept in the data folder readable by its owner only. */
final class AdminKey {

    private AdminKey() {
    }

    static String readOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve("admin.key");
        if (Files.exists(file)) {
            String key = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!key.isEmpty()) {
                return key;
            }
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = "chr_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file keeps the folder's permissions
        }
        return key;
    }
}
