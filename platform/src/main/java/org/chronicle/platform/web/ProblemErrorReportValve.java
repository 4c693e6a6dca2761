package org.chronicle.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.chronicle.platform.input.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report for what it refuses before any filter runs (an encoded {@code /} or NUL in the path, a
 * request line or headers over the 8 KiB limit, a malformed request): problem+json like every other refusal,
 * instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        ObjectNode problem = JSON.createObjectNode()
                .put("type", "https://chronicle.example/problems/" + status)
                .put("title", title)
                .put("status", status)
                .put("detail", detail(status, response.getMessage()));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response already started: nothing more to say
        }
    }

    private static String detail(int status, String message) {
        String said = message == null || message.isBlank() ? "" : " (" + PlainText.excerpt(message) + ")";
        return status == 400
                ? "The request is not valid HTTP for this service" + said + ": for example an encoded '/' or NUL in "
                  + "the path, or a request line and headers over 8 KiB."
                : "The server refused the request" + said + ".";
    }
}
