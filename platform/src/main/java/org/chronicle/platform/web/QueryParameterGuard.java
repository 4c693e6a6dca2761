package org.chronicle.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.chronicle.platform.input.PlainText;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses query strings that try to be more than plain parameters: names such as {@code entity[$ne]},
 * {@code $where} or {@code a.b} (operator injection as some frameworks bind it), a parameter given twice
 * (parameter pollution: which value would win?), and values with control or bidirectional characters. Spring would
 * silently ignore an unknown name, so a client would believe its filter applied; here it gets {@code 400}.
 */
public class QueryParameterGuard extends OncePerRequestFilter implements Ordered {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

    private final ObjectMapper json;

    public QueryParameterGuard(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String encoding = encodingProblem(request.getQueryString());
        if (encoding != null) {
            FilterProblems.send(response, json,
                                ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Invalid query string", encoding));
            return;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String problem = problem(parameter.getKey(), parameter.getValue());
            if (problem != null) {
                ProblemDetail answer = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Invalid parameter", problem);
                answer.setProperty("parameter", PlainText.excerpt(parameter.getKey()));
                FilterProblems.send(response, json, answer);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The container decodes what it cannot into U+FFFD or drops the parameter, so a client would never learn that
     * {@code q=%FF} or {@code q=%zz} was not what it meant: malformed escapes and bytes that are not UTF-8 are refused.
     */
    static String encodingProblem(String query) {
        if (query == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                int high = i + 2 < query.length() ? Character.digit(query.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(query.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    return "The query string has a '%' that does not start a two-digit hexadecimal escape.";
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return null;
        } catch (CharacterCodingException e) {
            return "The query string does not decode to UTF-8 text.";
        }
    }

    private static String problem(String name, String[] values) {
        String shown = "'" + PlainText.excerpt(name) + "'";
        if (!PLAIN_NAME.matcher(name).matches()) {
            return "Query parameter " + shown + " is not accepted: parameter names are plain words (letters, digits, "
                    + "'-', '_'); operators such as $ne, brackets and dots are not part of this API.";
        }
        if (values.length > 1) {
            return "Query parameter " + shown + " is given " + values.length + " times; give it once.";
        }
        String valueProblem = values.length == 0 ? null : PlainText.valueProblem(values[0]);
        return valueProblem == null ? null : "Query parameter " + shown + " " + valueProblem + ".";
    }

    @Override
    public int getOrder() {
        // after the request id filter, so the problem carries the request id
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
