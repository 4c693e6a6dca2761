package org.chronicle.bench;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One measured figure. {@code baseline} is what the same run measured for the reference it is judged against (the
 * direct call, the raw driver, the smallest store), {@code ratio} is value / baseline; on this shared machine the
 * ratio is the figure that matters, the absolute value is for reference.
 *
 * @param target what the issue asks of this figure, e.g. {@code ratio >= 0.6}, or {@code null}
 * @param met    whether the target was met, {@code null} without a target
 * @param events events in the store when it was measured, for figures that depend on it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Result(String name, double value, String unit, Double baseline, Double ratio, String target,
                     Boolean met, Integer events, String note) {

    static Result of(String name, double value, String unit) {
        return new Result(name, round(value), unit, null, null, null, null, null, null);
    }

    static Result against(String name, double value, String unit, double baseline) {
        Double ratio = baseline == 0 ? null : round(value / baseline);
        return new Result(name, round(value), unit, round(baseline), ratio, null, null, null, null);
    }

    Result atEvents(int size) {
        return new Result(name, value, unit, baseline, ratio, target, met, size, note);
    }

    Result noted(String text) {
        return new Result(name, value, unit, baseline, ratio, target, met, events, text);
    }

    /** A target on the ratio ({@code ratio >= x}) or on the value ({@code value <= x}, {@code value < x}). */
    Result target(Target on, String comparison, double bound) {
        double measured = on == Target.RATIO ? (ratio == null ? Double.NaN : ratio) : value;
        boolean ok = switch (comparison) {
            case ">=" -> measured >= bound;
            case "<" -> measured < bound;
            case "<=" -> measured <= bound;
            default -> throw new IllegalArgumentException(comparison);
        };
        String text = (on == Target.RATIO ? "ratio " : "value ") + comparison + " " + trim(bound);
        return new Result(name, value, unit, baseline, ratio, text, ok, events, note);
    }

    enum Target { RATIO, VALUE }

    static double round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        double magnitude = Math.abs(value);
        double scale = magnitude >= 100 ? 10 : magnitude >= 1 ? 100 : 10000;
        return Math.round(value * scale) / scale;
    }

    private static String trim(double bound) {
        return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
    }
}
