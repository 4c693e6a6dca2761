package org.chronicle.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chronicle.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A keep-alive connection keeps being read after a request that arrived before the previous exchange had ended
 * (reactor-netty#4347; the gateway's {@code KeepAliveReadRearm}). A raw socket sends two requests back to back — a
 * proxied one, then one the gateway answers itself — and, once both are answered, a third on the same connection.
 * Without the work-around the third is never read.
 */
class KeepAliveTest extends GatewayIntegrationTest {

    @Test
    void aConnectionIsReadAgainAfterARequestThatArrivedBeforeThePreviousExchangeEnded() throws Exception {
        for (int round = 0; round < 20; round++) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.setSoTimeout(5_000);
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                out.write((get("/api/articles") + get("/api/no-such-route")).getBytes(StandardCharsets.US_ASCII));
                out.flush();
                List<Integer> statuses = new ArrayList<>();
                statuses.add(readResponse(in));
                statuses.add(readResponse(in));

                out.write(get("/api/entities").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                statuses.add(readResponse(in)); // a SocketTimeoutException here is the bug

                assertThat(statuses).as("round %d", round).containsExactly(200, 404, 200);
            }
        }
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n";
    }

    /** Reads one response (Content-Length or chunked body) and returns its status. */
    private static int readResponse(InputStream in) throws IOException {
        String head = readHead(in);
        int status = Integer.parseInt(head.substring(9, 12));
        String lower = head.toLowerCase(Locale.ROOT);
        int length = lower.indexOf("\r\ncontent-length:");
        if (length >= 0) {
            int end = lower.indexOf("\r\n", length + 2);
            in.readNBytes(Integer.parseInt(lower.substring(length + 17, end).trim()));
        } else if (lower.contains("\r\ntransfer-encoding: chunked")) {
            while (true) {
                int size = Integer.parseInt(readLine(in).trim(), 16);
                in.readNBytes(size);
                readLine(in);
                if (size == 0) {
                    break;
                }
            }
        }
        return status;
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after " + head.size() + " bytes");
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
