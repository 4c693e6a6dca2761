package org.chronicle.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The growth plots: one PNG per metric, the store size (events, log scale) across, drawn headless. */
final class Charts {

    /** File name, title, y-axis label, and the series: legend label to result name prefix. */
    record Plot(String file, String title, String axis, boolean logY, Map<String, String> series) {
    }

    static final List<Plot> GROWTH = List.of(
            new Plot("growth-submit.png", "Submit latency through the gateway", "ms", false,
                     ordered("p50", "growth.submit.p50@", "p99", "growth.submit.p99@")),
            new Plot("growth-revise.png", "Revise latency through the gateway (generated articles)", "ms", false,
                     ordered("p50", "growth.revise.p50@", "p99", "growth.revise.p99@")),
            new Plot("growth-replay.png", "Replay rate vs raw driver scan", "events/s (log)", true,
                     ordered("replay (POST /api/admin/replay)", "replay.rate@", "raw scan of domainevents", "scan:replay.rate@")),
            new Plot("growth-query.png", "Timeline query latency through the gateway (p50)", "ms", false,
                     ordered("GET /api/timeline?limit=20", "growth.query.p50@", "… &entity=Putin", "growth.query.entity.p50@")),
            new Plot("growth-idle.png", "CPU of the idle platform (all processes)", "% of one core", false,
                     ordered("idle CPU", "growth.idle.cpu@")));

    private Charts() {
    }

    /** Draws every plot that has data; returns the files written. */
    static List<Path> draw(Results results, Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Plot plot : GROWTH) {
            XYSeriesCollection data = new XYSeriesCollection();
            plot.series().forEach((label, prefix) -> {
                XYSeries series = new XYSeries(label);
                boolean baseline = prefix.startsWith("scan:");
                for (Result result : results.startingWith(baseline ? prefix.substring(5) : prefix)) {
                    Double y = baseline ? result.baseline() : Double.valueOf(result.value());
                    if (result.events() != null && y != null && !y.isNaN()) {
                        series.add(result.events().doubleValue(), y.doubleValue());
                    }
                }
                if (series.getItemCount() > 0) {
                    data.addSeries(series);
                }
            });
            if (data.getSeriesCount() == 0) {
                continue;
            }
            Path file = dir.resolve(plot.file());
            ChartUtils.saveChartAsPNG(file.toFile(), chart(plot, data), 760, 420);
            written.add(file);
        }
        return written;
    }

    private static JFreeChart chart(Plot plot, XYSeriesCollection data) {
        LogAxis events = new LogAxis("events in the store");
        events.setBase(10);
        events.setSmallestValue(100);
        ValueAxis value;
        if (plot.logY()) {
            value = new LogAxis(plot.axis());
        } else {
            NumberAxis linear = new NumberAxis(plot.axis());
            linear.setAutoRangeIncludesZero(true);
            value = linear;
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        Color[] colors = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c)};
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, colors[i % colors.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        XYPlot xy = new XYPlot(data, events, value, renderer);
        xy.setBackgroundPaint(Color.WHITE);
        xy.setDomainGridlinePaint(Color.LIGHT_GRAY);
        xy.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(plot.title(), JFreeChart.DEFAULT_TITLE_FONT, xy, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static Map<String, String> ordered(String... labelsAndPrefixes) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndPrefixes.length; i += 2) {
            map.put(labelsAndPrefixes[i], labelsAndPrefixes[i + 1]);
        }
        return map;
    }
}
