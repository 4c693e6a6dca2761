package org.chronicle.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for one backend service: a JDK HTTP server on a free loopback port that records every request
 * it receives and answers by path: a path given to {@link #answer} with its canned answer, {@code .../conflict} a 409
 * problem, {@code .../slow} after 5 s, {@code .../dies-before-answer} closes the connection without an answer,
 * {@code .../dies-mid-answer} sends a 201 status line and part of its body and then closes (a process killed while
 * writing), else 200 JSON.
 */
public final class FakeUpstream implements AutoCloseable {

    public static final String CONFLICT_BODY = "{\"type\":\"https://chronicle.example/problems/conflict\","
            + "\"title\":\"Conflict\",\"status\":409,\"detail\":\"An article with this url exists: a-1\","
            + "\"existingId\":\"a-1\"}";

    /** What the service saw. Header names are lower-cased. {@code bodyComplete} is false when the body stream broke. */
    public record Received(String method, String path, String rawPath, String query, Map<String, List<String>> headers,
                           byte[] body, long bodyBytes, boolean bodyComplete) {

        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        public List<String> headerValues(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    private final String name;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Canned> canned = new java.util.concurrent.ConcurrentHashMap<>();

    private record Canned(int status, String json) {
    }

    private FakeUpstream(String name) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeUpstream start(String name) {
        try {
            return new FakeUpstream(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A loopback URI nothing listens on. */
    public static String closedPortUri() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** From now on, answers {@code path} (exactly) with this status and JSON body instead of the echo. */
    public FakeUpstream answer(String path, int status, String json) {
        canned.put(path, new Canned(status, json));
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Requests that carried the given {@code X-Request-Id}. */
    public List<Received> withRequestId(String requestId) {
        return received.stream().filter(r -> r.header("X-Request-Id").map(requestId::equals).orElse(false)).toList();
    }

    /** Waits (briefly) for the request with this id; the recording happens after the body was read. */
    public Optional<Received> awaitRequestId(String requestId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            List<Received> found = withRequestId(requestId);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
            sleep(20);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        long bytes = 0;
        boolean complete;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) >= 0) {
                bytes += n;
                if (body.size() < 4 * 1024 * 1024) {
                    body.write(chunk, 0, n);
                }
            }
            complete = true;
        } catch (IOException broken) {
            complete = false;
        }
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, body.toByteArray(), bytes, complete));
        if (!complete) {
            exchange.close();
            return;
        }

        int status = 200;
        String contentType = "application/json";
        String response = "{\"service\":\"" + name + "\",\"path\":\"" + path + "\",\"bodyBytes\":" + bytes + "}";
        Canned answer = canned.get(path);
        if (answer != null) {
            status = answer.status();
            response = answer.json();
        } else if (path.endsWith("/conflict")) {
            status = 409;
            contentType = "application/problem+json";
            response = CONFLICT_BODY;
        } else if (path.endsWith("/slow")) {
            sleep(5_000);
        } else if (path.endsWith("/dies-before-answer")) {
            exchange.close();
            return;
        } else if (path.endsWith("/dies-mid-answer")) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            try {
                exchange.sendResponseHeaders(201, 4096);
                OutputStream out = exchange.getResponseBody();
                out.write("{\"id\":\"a-".getBytes(StandardCharsets.UTF_8));
                out.flush();
                sleep(100); // the gateway has forwarded the status line by now
            } catch (IOException gatewayGaveUp) {
                // closing below either way
            }
            exchange.close(); // short of the announced length: the connection is dropped
            return;
        }
        byte[] payload = response.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        // like the real services, echo the request id
        headers.getOrDefault("x-request-id", List.of()).stream().findFirst()
                .ifPresent(id -> exchange.getResponseHeaders().set("X-Request-Id", id));
        try {
            exchange.sendResponseHeaders(status, payload.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(payload);
            }
        } catch (IOException gatewayGaveUp) {
            exchange.close();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
