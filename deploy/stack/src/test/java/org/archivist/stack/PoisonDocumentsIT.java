package org.archivist.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.archivist.events.Topics;
import org.archivist.testsupport.EventProbe;
import org.archivist.testsupport.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Poison documents in a stream of good ones, through the three packaged services: files that make a parser
 * throw or run long, a huge single line, deeply nested HTML and RTF, invalid UTF-8, a PDF with a broken xref,
 * a Word file with broken XML. Each ends INDEXED or FAILED within the time limit of a parse, a FAILED one with
 * its reason in its status and in the dead-letter topic; every good document is INDEXED meanwhile; and the
 * failed ones can be sent down the pipeline again (after a fix) from the originals ingest-service keeps.
 */
class PoisonDocumentsIT {

    private static final Set<String> FINAL = Set.of("INDEXED", "FAILED");
    private static RunningPipeline pipeline;
    private static ArchiveClient archive;
    private static String namespace;

    @BeforeAll
    static void startPipeline() {
        namespace = "poison-" + UUID.randomUUID().toString().substring(0, 8);
        // A parse may take 10 s here (120 s by default), so that one that runs long is given up within the test.
        pipeline = RunningPipeline.start("poison-documents-it-logs", namespace,
                List.of("-Xmx512m", "-Darchive.enrich.time-limit=10s"));
        archive = pipeline.client();
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void shouldPutEachPoisonDocumentAsideWithItsReasonWhileTheGoodOnesFlowOn() throws Exception {
        Map<String, String> poison = new LinkedHashMap<>(); // id -> kind
        List<String> good = new ArrayList<>();
        List<String> refusedAtTheDoor = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Poison> p : poisons().entrySet()) {
            good.add(upload("good-" + n + ".txt", goodCopy(n++), "text/plain"));
            Response r = archive.upload(p.getValue().fileName(), p.getValue().bytes(), "application/octet-stream",
                    namespace);
            if (r.statusCode() == 202) {
                poison.put(r.jsonPath().getString("id"), p.getKey());
            } else {
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500 && r.contentType().startsWith(
                        "application/problem+json"), p.getKey() + ": " + r.statusCode() + " " + r.asString());
                refusedAtTheDoor.add(p.getKey() + " (" + r.jsonPath().getString("type") + ")");
            }
        }
        good.add(upload("good-last.txt", goodCopy(n), "text/plain"));

        Map<String, JsonPath> outcome = new LinkedHashMap<>();
        for (String id : poison.keySet()) {
            outcome.put(id, awaitFinal(id, Duration.ofMinutes(3)));
        }
        for (String id : good) {
            assertEquals("INDEXED", awaitFinal(id, Duration.ofMinutes(3)).getString("status"),
                    "a good document between poison ones is indexed: " + id);
        }
        List<String> failed = new ArrayList<>();
        StringBuilder report = new StringBuilder("Poison documents:\n");
        outcome.forEach((id, doc) -> {
            String kind = poison.get(id);
            report.append("  ").append(kind).append(": ").append(doc.getString("status"))
                    .append(doc.getString("statusReason") == null ? "" : " (" + doc.getString("statusReason") + ")")
                    .append('\n');
            if ("FAILED".equals(doc.getString("status"))) {
                failed.add(id);
                assertFalse(doc.getString("statusReason") == null || doc.getString("statusReason").isBlank(),
                        kind + ": a FAILED status says why");
                assertTrue(deadLetterReasons(id).stream().anyMatch(reason -> !reason.isBlank()),
                        kind + ": in the dead-letter topic with its reason");
            }
        });
        refusedAtTheDoor.forEach(kind -> report.append("  ").append(kind).append(": refused at upload\n"));
        System.out.println(report);
        assertFalse(failed.isEmpty(), "some poison documents cannot be read at all");

        // After a fix (a new enrich-service, a new authority file), the failed ones are sent again.
        Response replay = io.restassured.RestAssured.given().baseUri(pipeline.ingestUrl())
                .header("X-API-Key", TestServers.apiKey()).queryParam("status", "FAILED")
                .queryParam("collection", namespace).when().post("/api/admin/replay");
        assertEquals(202, replay.statusCode(), replay.asString());
        assertEquals(failed.size(), replay.jsonPath().getInt("documents"), "every failed document sent again");
        for (String id : failed) {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (deadLetterReasons(id).size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            assertEquals(2, deadLetterReasons(id).size(), poison.get(id) + " went through enrichment again");
        }
    }

    private static String upload(String name, byte[] bytes, String type) {
        return archive.upload(name, bytes, type, namespace).then().statusCode(202).extract().jsonPath().getString("id");
    }

    private static JsonPath awaitFinal(String id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonPath doc = archive.document(id);
        while (!FINAL.contains(doc.getString("status")) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            doc = archive.document(id);
        }
        assertTrue(FINAL.contains(doc.getString("status")), id + " ended " + doc.getString("status"));
        return doc;
    }

    private static List<String> deadLetterReasons(String id) {
        List<String> reasons = new ArrayList<>();
        for (ConsumerRecord<String, String> r : EventProbe.records(namespace + "." + Topics.DOCUMENTS_ENRICH_FAILED,
                id, Duration.ofSeconds(5))) {
            Header h = r.headers().lastHeader("dead-letter-reason");
            reasons.add(h == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
        }
        return reasons;
    }

    record Poison(String fileName, byte[] bytes) {
    }

    private static Map<String, Poison> poisons() throws IOException {
        Map<String, Poison> p = new LinkedHashMap<>();
        p.put("a PDF with a broken xref", new Poison("broken.pdf", ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\n"
                + "endobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R"
                + " /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length 999999 >>\nstream\nBT /F1 12 Tf (Appeal) Tj ET\n"
                + "xref\n0 5\n0000000000 65535 f \n9999999999 00000 n \nthis is no xref table\ntrailer\n<< /Size 5 /Root 9 0 R >>\n"
                + "startxref\n123456789\n%%EOF\n" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII)));
        p.put("a Word file with broken XML", new Poison("broken.docx", docx("<w:document xmlns:w=\"http://schemas"
                + ".openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Appeal " + UUID.randomUUID()
                + "</w:t></w:r></w:p><w:body></w:docu")));
        p.put("a huge single line", new Poison("line.txt", ("Comrades " + UUID.randomUUID() + " ")
                .repeat(60_000).getBytes(StandardCharsets.UTF_8)));
        p.put("HTML nested a hundred thousand deep", new Poison("nested.html", ("<html><body>" + "<div><b>".repeat(100_000)
                + "Appeal " + UUID.randomUUID() + "</b></div>".repeat(100_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8)));
        p.put("RTF nested a hundred thousand deep", new Poison("nested.rtf", ("{\\rtf1\\ansi " + "{".repeat(100_000)
                + "Appeal " + UUID.randomUUID() + "}".repeat(100_000) + "}").getBytes(StandardCharsets.US_ASCII)));
        byte[] text = ("An appeal " + UUID.randomUUID() + " to the workers of all countries. ").repeat(50)
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 7; i < text.length; i += 61) {
            text[i] = (byte) (i % 2 == 0 ? 0xC3 : 0xFF); // lone lead bytes and bytes UTF-8 never has
        }
        p.put("invalid UTF-8", new Poison("invalid-utf8.txt", text));
        p.put("a text of control characters", new Poison("control.txt", ("\u0001\u0002\u001b[2J\u0007 Appeal "
                + UUID.randomUUID() + " ").repeat(2_000).getBytes(StandardCharsets.UTF_8)));
        return p;
    }

    /** A Word file whose main part is {@code documentXml}. */
    static byte[] docx(String documentXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(documentXml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] goodCopy(int n) throws IOException {
        try (InputStream in = PoisonDocumentsIT.class.getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
            return (new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\nGood copy " + n + " among poison ones, "
                    + UUID.randomUUID() + ".\n").getBytes(StandardCharsets.UTF_8);
        }
    }
}
