package org.archivist.ingest.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ZipArchiveTest {

    private static final ZipArchive.Limits LIMITS = new ZipArchive.Limits(10, 1_000_000, 5_000_000, 100);

    @Test
    void shouldUnpackEachFileSkippingFoldersAndBookkeeping() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("1924/", null);
        entries.put("1924/appeal.txt", "An Appeal.".getBytes(StandardCharsets.UTF_8));
        entries.put("1924/page.html", "<html><head><title>t</title></head><body>x</body></html>".getBytes(StandardCharsets.UTF_8));
        entries.put("__MACOSX/1924/._appeal.txt", new byte[] {0, 5, 22, 7});
        entries.put("1924/.DS_Store", new byte[] {0, 0, 0, 1});

        List<Upload> files = ZipArchive.unpack("issues.zip", zip(entries), LIMITS);

        assertEquals(List.of("1924/appeal.txt", "1924/page.html"), files.stream().map(Upload::fileName).toList());
        assertEquals("text/html", files.get(1).mediaType());
    }

    @Test
    void shouldRefuseEntriesThatClimbOutOrAreAbsolute() throws IOException {
        for (String name : List.of("../../etc/passwd", "notes/../../x.txt", "/etc/passwd", "C:\\Windows\\x.txt", "a\\..\\..\\b.txt")) {
            InvalidUpload e = assertThrows(InvalidUpload.class,
                    () -> ZipArchive.unpack("evil.zip", zip(Map.of(name, "x".getBytes(StandardCharsets.UTF_8))), LIMITS), name);
            assertEquals(InvalidUpload.Kind.UNSAFE_ARCHIVE, e.kind(), name);
        }
    }

    @Test
    void shouldRefuseAZipBomb() throws IOException {
        byte[] zeros = new byte[900_000];
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            entries.put("part" + i + ".txt", zeros);
        }
        byte[] bomb = zip(entries);
        assertTrue(bomb.length < 60_000, "compresses well: " + bomb.length);

        InvalidUpload e = assertThrows(InvalidUpload.class, () -> ZipArchive.unpack("bomb.zip", bomb, LIMITS));

        assertEquals(InvalidUpload.Kind.ARCHIVE_TOO_LARGE, e.kind());
        assertEquals(413, e.kind().status);
    }

    @Test
    void shouldRefuseTooManyEntriesAnUnsupportedEntryAndGarbage() throws IOException {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            many.put("n" + i + ".txt", ("note " + i).getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(InvalidUpload.Kind.ARCHIVE_TOO_LARGE,
                assertThrows(InvalidUpload.class, () -> ZipArchive.unpack("many.zip", zip(many), LIMITS)).kind());

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals(InvalidUpload.Kind.UNSUPPORTED_TYPE, assertThrows(InvalidUpload.class,
                () -> ZipArchive.unpack("scans.zip", zip(Map.of("scan.png", png)), LIMITS)).kind());

        assertEquals(InvalidUpload.Kind.EMPTY_FILE, assertThrows(InvalidUpload.class,
                () -> ZipArchive.unpack("junk.zip", "PK\u0003\u0004 not really".getBytes(StandardCharsets.ISO_8859_1), LIMITS)).kind());
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getValue() != null) {
                    out.write(e.getValue());
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
