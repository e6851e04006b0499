package org.archivist.ingest.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileFactsTest {

    @Test
    void shouldFingerprintBytesWithLowerCaseHexSha256() {
        assertEquals("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9",
                FileFacts.sha256("hello world".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void shouldKeepOnlyTheLastSegmentOfAClientFileName() {
        assertEquals("appeal.txt", FileFacts.cleanFileName("../../etc/appeal.txt"));
        assertEquals("appeal.txt", FileFacts.cleanFileName("C:\\Users\\adri\\appeal.txt"));
        assertEquals("appeal.txt", FileFacts.cleanFileName("app\u0000eal.txt\n"));
        assertEquals("upload", FileFacts.cleanFileName(".."));
        assertEquals("upload", FileFacts.cleanFileName(null));
        assertEquals(255, FileFacts.cleanFileName("a".repeat(300)).length());
    }

    @Test
    void shouldDetectTheMediaTypeFromTheBytesNotTheName() {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals("application/pdf", FileFacts.detectMediaType(pdf, "notes.txt"));
        byte[] html = "<!DOCTYPE html><html><head><title>x</title></head><body>y</body></html>"
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals("text/html", FileFacts.detectMediaType(html, "page.txt"));
    }

    @Test
    void shouldRefuseAnEmptyUpload() {
        InvalidUpload e = assertThrows(InvalidUpload.class, () -> Upload.check("empty.txt", new byte[0], 100));
        assertEquals(InvalidUpload.Kind.EMPTY_FILE, e.kind());
    }

    @Test
    void shouldRefuseAFileOverTheLimitAndAnUnsupportedTypeNamingTheDetectedType() {
        assertEquals(InvalidUpload.Kind.FILE_TOO_LARGE,
                assertThrows(InvalidUpload.class, () -> Upload.check("a.txt", new byte[101], 100)).kind());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        InvalidUpload e = assertThrows(InvalidUpload.class,
                () -> Upload.check("scan.txt", png, 1000).requireSupported());
        assertEquals(InvalidUpload.Kind.UNSUPPORTED_TYPE, e.kind());
        assertEquals(415, e.kind().status);
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("image/png"), e.getMessage());
    }
}
