package se.vaksam.check.web;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import se.vaksam.check.FileTable;

/**
 * A read file waiting for its column mapping (between the upload and the import), kept in memory for
 * 30 minutes under a random token and only for the person who uploaded it (one file per person: a new upload
 * replaces the previous one, so memory stays bounded). Nothing is stored before the import.
 */
@Component
class PendingUploads {

    private static final Duration KEEP = Duration.ofMinutes(30);
    private static final SecureRandom TOKENS = new SecureRandom();

    private record Pending(String username, FileTable file, Instant at) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    String put(String username, FileTable file) {
        Instant now = Instant.now();
        pending.values().removeIf(p -> p.at().plus(KEEP).isBefore(now) || p.username().equals(username));
        byte[] bytes = new byte[16];
        TOKENS.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        pending.put(token, new Pending(username, file, now));
        return token;
    }

    Optional<FileTable> get(String token, String username) {
        Pending p = token == null ? null : pending.get(token);
        if (p == null || !p.username().equals(username) || p.at().plus(KEEP).isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(p.file());
    }

    void remove(String token) {
        pending.remove(token);
    }
}
