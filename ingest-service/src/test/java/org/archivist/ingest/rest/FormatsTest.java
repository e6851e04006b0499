package org.archivist.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.KafkaResource;
import org.archivist.testsupport.PostgresResource;
import org.archivist.testsupport.TestServers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every format and encoding the archive takes, from real files (test-support/…/formats, see its README),
 * uploaded under a misleading name: the type comes from the bytes.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class FormatsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "appeal-en.txt                 | text/plain",
        "appeal-en-bom.txt             | text/plain",
        "appeal-en-utf16.txt           | text/plain",
        "appeal-typographic-cp1252.txt | text/plain",
        "appeal-de-latin1.txt          | text/plain",
        "appeal-cs-latin2.txt          | text/plain",
        "appeal-ru-koi8r.txt           | text/plain",
        "appeal-ru-cp1251.txt          | text/plain",
        "appeal.html                   | text/html",
        "appeal.pdf                    | application/pdf",
        "appeal.docx                   | application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "appeal.doc                    | application/msword",
        "appeal.odt                    | application/vnd.oasis.opendocument.text",
        "appeal.rtf                    | application/rtf",
        "appeal.epub                   | application/epub+zip",
    })
    void shouldDetectEachFormatFromItsBytes(String file, String mediaType) throws IOException {
        Response response = given().header(TestServers.API_KEY_HEADER, TestServers.apiKey())
                .multiPart("file", "upload.bin", sample(file), "application/octet-stream")
                .when().post("/api/documents");

        assertTrue(response.statusCode() == 202 || response.statusCode() == 200, file + ": " + response.asString());
        assertEquals(mediaType, response.jsonPath().getString("document.mediaType"), file);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"appeal.md, text/x-web-markdown"})
    void shouldTakeMarkdownByItsNameSinceItsBytesArePlainText(String file, String mediaType) throws IOException {
        Response response = given().header(TestServers.API_KEY_HEADER, TestServers.apiKey())
                .multiPart("file", file, sample(file), "text/plain").when().post("/api/documents");

        assertTrue(response.statusCode() == 202 || response.statusCode() == 200, response.asString());
        assertEquals(mediaType, response.jsonPath().getString("document.mediaType"));
    }

    private static byte[] sample(String file) throws IOException {
        try (InputStream in = FormatsTest.class.getResourceAsStream("/formats/" + file)) {
            return in.readAllBytes();
        }
    }
}
