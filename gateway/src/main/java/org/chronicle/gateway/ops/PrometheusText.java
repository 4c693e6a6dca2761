package org.chronicle.gateway.ops;

import java.util.OptionalDouble;

/**
 * Reads one sample from a service's {@code /actuator/prometheus} text: the services expose that and health only,
 * so the operator page reads what Prometheus reads. Where several series share the name (tags), the largest wins.
 */
final class PrometheusText {

    private PrometheusText() {
    }

    static OptionalDouble largest(String exposition, String sampleName) {
        double largest = Double.NaN;
        for (String line : exposition.split("\n")) {
            if (!line.startsWith(sampleName) || line.length() == sampleName.length()) {
                continue;
            }
            char next = line.charAt(sampleName.length());
            if (next != '{' && next != ' ') {
                continue;
            }
            // the value follows the labels' closing brace, or the name
            int labelsEnd = next == '{' ? line.lastIndexOf('}') : sampleName.length();
            String[] rest = line.substring(labelsEnd + 1).trim().split("\\s+");
            try {
                double value = Double.parseDouble(rest[0]);
                largest = Double.isNaN(largest) ? value : Math.max(largest, value);
            } catch (NumberFormatException notASample) {
                // e.g. a truncated line: skip it
            }
        }
        return Double.isNaN(largest) ? OptionalDouble.empty() : OptionalDouble.of(largest);
    }
}
