package org.archivist.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/** The pipeline benchmark's report as a Markdown table and a PNG chart of throughput and latency over the run. */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    static String markdown(JsonNode r) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Pipeline benchmark, %s, %d cores, %d documents, %d uploaders, %d partitions%n%n",
                r.path("date").asText(), r.path("cores").asInt(), r.path("documents").asInt(), r.path("clients").asInt(),
                r.path("partitions").asInt()));
        md.append("| measure | value |\n|---|---|\n");
        JsonNode b = r.path("backlog");
        row(md, "backlog: documents indexed / uploaded", b.path("indexed").asText() + " / " + b.path("documents").asText()
                + (b.path("failed").asInt() > 0 ? " (" + b.path("failed").asText() + " FAILED)" : ""));
        row(md, "backlog: time, throughput", b.path("seconds").asText() + " s, " + b.path("documentsPerSecond").asText()
                + " documents/s");
        row(md, "backlog: accepted uploads/s", b.path("uploadsPerSecond").asText());
        row(md, "backlog: upload latency p50 / p99", b.path("uploadP50Ms").asText() + " / " + b.path("uploadP99Ms").asText() + " ms");
        row(md, "backlog: 10 KB probe upload p50 / p99", b.path("probe10kbUploadP50Ms").asText() + " / "
                + b.path("probe10kbUploadP99Ms").asText() + " ms");
        row(md, "backlog: 10 KB probe while the backlog is uploaded (" + b.path("uploadSeconds").asText() + " s), p50 / p99",
                b.path("probe10kbWhileUploadingP50Ms").asText() + " / " + b.path("probe10kbWhileUploadingP99Ms").asText()
                + " ms (" + b.path("probe10kbWhileUploadingUploads").asText() + " of " + b.path("probe10kbUploads").asText() + ")");
        row(md, "backlog: 10 KB probe after, while it is enriched and indexed, p50 / p99",
                b.path("probe10kbAfterUploadsP50Ms").asText() + " / " + b.path("probe10kbAfterUploadsP99Ms").asText() + " ms");
        JsonNode es = b.path("elasticsearchWork");
        row(md, "backlog: Elasticsearch's own statistics meanwhile", String.format(Locale.ROOT,
                "%d index operations in %d ms; %d refreshes in %d ms; %d merges in %d ms; flush %d ms; %d searches in %d ms;"
                        + " gets %d ms; GC %d ms", es.path("indexOperations").asLong(), es.path("indexingMs").asLong(),
                es.path("refreshes").asLong(), es.path("refreshMs").asLong(), es.path("merges").asLong(),
                es.path("mergeMs").asLong(), es.path("flushMs").asLong(), es.path("searches").asLong(),
                es.path("searchQueryMs").asLong(), es.path("getMs").asLong(), es.path("gcMs").asLong()));
        row(md, "backlog: enrichments meanwhile (documents and probes, and replays)", b.path("enrichmentsDuringBacklog").asText()
                + " for " + b.path("documentsWithProbes").asText());
        for (Iterator<Map.Entry<String, JsonNode>> it = b.path("cpu").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            row(md, "backlog: CPU of " + (e.getKey().equals("all") ? "the whole machine" : e.getKey())
                    + " (a document: of " + b.path("documentsWithProbes").asText() + ", probes included)",
                    String.format(Locale.ROOT, "%s s, %.2f cores, %s ms a document (at rest: %.2f cores)",
                            e.getValue().path("seconds").asText(), e.getValue().path("cores").asDouble(),
                            e.getValue().path("msPerDocument").asText(), e.getValue().path("coresAtRest").asDouble()));
        }
        row(md, "backlog: upload to indexed p50 / p99", b.path("uploadToIndexedP50Ms").asText() + " / "
                + b.path("uploadToIndexedP99Ms").asText() + " ms");
        row(md, "backlog: uploads refused (with Retry-After)", b.path("refused").asText() + " ("
                + b.path("refusedWithRetryAfter").asText() + ")");
        row(md, "backlog: replays of authority changes drained after", b.path("replaysDrainedSeconds").asText() + " s more");
        JsonNode t = r.path("trickle");
        row(md, "trickle " + t.path("rate").asText() + "/s: upload to indexed p50 / p99", t.path("uploadToIndexedP50Ms").asText()
                + " / " + t.path("uploadToIndexedP99Ms").asText() + " ms (" + t.path("indexed").asText() + " of "
                + t.path("documents").asText() + ")");
        JsonNode w = r.path("work");
        row(md, "work done: files stored / enrichments / indexings (by the services' counters)",
                w.path("uploadedFiles").asText() + " / " + w.path("enrichments").asText() + " / " + w.path("indexings").asText());
        row(md, "NER texts answered from memory / read by the model", w.path("nerTextsFromMemory").asText() + " / "
                + w.path("nerTextsRead").asText());
        JsonNode s = r.path("stagesAlone");
        row(md, "enrichment alone, in process, 2 threads", s.path("enrichmentInProcessDocumentsPerSecond").asText() + " documents/s");
        row(md, "Elasticsearch _bulk alone", s.path("elasticsearchBulkDocumentsPerSecond").asText() + " documents/s");
        row(md, "pipeline / slowest stage alone", String.format(Locale.ROOT, "%.0f%%",
                100 * r.path("pipelineAsShareOfSlowestStage").asDouble()));
        for (Iterator<Map.Entry<String, JsonNode>> it = r.path("services").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            row(md, e.getKey() + ": ready at first start / on restart, RSS at rest, peak under load",
                    e.getValue().path("readySeconds").asText() + " / " + e.getValue().path("readyOnRestartSeconds").asText() + " s, "
                    + e.getValue().path("rssAtRestMb").asText() + " MB, " + e.getValue().path("rssPeakUnderLoadMb").asText() + " MB");
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String measure, String value) {
        md.append("| ").append(measure).append(" | ").append(value).append(" |\n");
    }

    /** Documents indexed per second (left axis) and upload-to-indexed p50 and p99 (right axis), per 10 s. */
    static void chart(JsonNode report, Path png) throws IOException {
        int width = 1000;
        int height = 500;
        int left = 70;
        int right = 70;
        int top = 40;
        int bottom = 50;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        JsonNode rows = report.path("timeline");
        double maxSecond = 1;
        double maxRate = 1;
        double maxLatency = 1;
        for (JsonNode row : rows) {
            maxSecond = Math.max(maxSecond, row.path("second").asDouble() + 10);
            maxRate = Math.max(maxRate, row.path("indexedPerSecond").asDouble());
            maxLatency = Math.max(maxLatency, row.path("latencyP99Ms").asDouble());
        }
        int plotWidth = width - left - right;
        int plotHeight = height - top - bottom;
        g.setColor(Color.LIGHT_GRAY);
        g.drawRect(left, top, plotWidth, plotHeight);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.DARK_GRAY);
        g.drawString("Pipeline benchmark " + report.path("date").asText() + ": documents indexed per second (blue)"
                + " and upload-to-indexed p50 (green), p99 (red) per 10 s", left, 20);
        g.drawString("seconds into the run (max " + (int) maxSecond + ")", left + plotWidth / 2 - 80, height - 15);
        g.drawString(String.format(Locale.ROOT, "%.0f/s", maxRate), 10, top + 10);
        g.drawString(String.format(Locale.ROOT, "%.0f ms", maxLatency), width - right + 5, top + 10);
        g.drawString("0", left - 15, top + plotHeight);
        line(g, rows, "indexedPerSecond", maxSecond, maxRate, left, top, plotWidth, plotHeight, new Color(40, 90, 200));
        line(g, rows, "latencyP50Ms", maxSecond, maxLatency, left, top, plotWidth, plotHeight, new Color(40, 150, 60));
        line(g, rows, "latencyP99Ms", maxSecond, maxLatency, left, top, plotWidth, plotHeight, new Color(200, 50, 40));
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void line(Graphics2D g, JsonNode rows, String field, double maxX, double maxY, int left, int top,
            int width, int height, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2f));
        int previousX = -1;
        int previousY = -1;
        for (JsonNode row : rows) {
            int x = left + (int) (row.path("second").asDouble() / maxX * width);
            int y = top + height - (int) (row.path(field).asDouble() / maxY * height);
            if (previousX >= 0) {
                g.drawLine(previousX, previousY, x, y);
            }
            previousX = x;
            previousY = y;
        }
    }
}
