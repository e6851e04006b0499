package org.archivist.stack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.archivist.testsupport.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in a real browser: Debian's headless Chromium, driven through its chromedriver, against the
 * three packaged services. A person uploads the seed on the upload page and watches it reach INDEXED, searches
 * for "Myasnikov" (autocomplete offers the name), opens the document, opens footnote 1 in place, follows an
 * entity to its page, narrows the search by a facet and a year, retries a failed file, reviews the authority
 * file's suggestions and merges two entities; an uploaded page's markup never runs. Each page is photographed
 * into {@code target/screenshots} (the README shows the last run's, copied to docs/screenshots).
 *
 * <p>The browser comes from {@code -Darchive.chromium} and {@code -Darchive.chromedriver} (default: Debian's
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; {@code .ci/run} installs them).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebInterfaceIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("archive.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("archive.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String NAMESPACE = "webit";

    private static RunningPipeline pipeline;
    private static WebDriver browser;
    private static String seedId;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "the browser tests need "
                + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver; .ci/run does)");
        Files.createDirectories(SCREENSHOTS);
        pipeline = RunningPipeline.start("web-it-logs", NAMESPACE, List.of("-Xmx512m"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // root in a container has no sandbox to enter; the window is a laptop's
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    @Order(1)
    void shouldUploadTheSeedAndFollowItToIndexed() throws Exception {
        Path seed = Files.createTempDirectory("web-it").resolve("000_2066ab160ef91d65.txt");
        Files.write(seed, seedBytes());
        open("/upload");
        browser.findElement(By.id("api-key")).sendKeys(TestServers.apiKey());
        browser.findElement(By.id("collection")).sendKeys(NAMESPACE);
        browser.findElement(By.id("files")).sendKeys(seed.toString());
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();

        WebElement row = waitFor(Duration.ofSeconds(30), By.cssSelector("#uploads tbody tr[data-id]"));
        seedId = row.getAttribute("data-id");
        assertEquals("000_2066ab160ef91d65.txt", row.findElement(By.cssSelector(".file")).getText());
        new WebDriverWait(browser, Duration.ofMinutes(3)).until(ExpectedConditions.textToBe(
                By.cssSelector("#uploads tbody tr[data-id='" + seedId + "'] .status"), "INDEXED"));
        assertEquals("INDEXED", pipeline.client().document(seedId).getString("status"), "the page says what ingest says");
        assertNotNull(row.findElement(By.cssSelector(".file a[href='/documents/" + seedId + "']")),
                "an indexed file links to its document page");
        screenshot("upload");
    }

    @Test
    @Order(2)
    void shouldFindTheSeedForMyasnikovThroughItsSpellingMiasnikov() {
        // INDEXED is reported when Elasticsearch took the document; it is searchable after its next refresh.
        openUntilFound("/search", By.cssSelector("li.hit a[href='/documents/" + seedId + "']"));
        open("/search");
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys("Myas");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> options("suggestions").stream()
                .anyMatch(o -> o.contains("Myasnikov")));
        q.clear();
        q.sendKeys("Myasnikov", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("q=Myasnikov"));

        WebElement hit = waitFor(Duration.ofSeconds(20), By.cssSelector("li.hit:has(a[href='/documents/" + seedId + "'])"));
        assertEquals("An Appeal to the Communist International and Its Sympathising Proletariat",
                hit.findElement(By.cssSelector("h3 a")).getText());
        assertTrue(hit.findElements(By.cssSelector(".via")).stream().map(WebElement::getText)
                .anyMatch("matched Myasnikov via Miasnikov"::equals), hit.getText());
        assertFalse(hit.findElements(By.cssSelector(".snippet mark")).isEmpty(), "the matched words are marked");
        assertTrue(browser.getCurrentUrl().endsWith("/search?q=Myasnikov"), "the URL holds the search: " + browser.getCurrentUrl());
        screenshot("search");
    }

    @Test
    @Order(3)
    void shouldOpenTheDocumentAndFootnoteOneInPlace() throws IOException {
        browser.findElement(By.cssSelector("li.hit h3 a[href='/documents/" + seedId + "']")).click();
        waitFor(Duration.ofSeconds(20), By.cssSelector("article.document h1"));
        JsonPath api = given().baseUri(pipeline.searchUrl()).when().get("/api/documents/" + seedId).then()
                .statusCode(200).extract().jsonPath();
        String firstNote = api.getString("footnotes[0].text");
        WebElement inline = browser.findElement(By.id("inline-note-1"));
        assertFalse(inline.isDisplayed(), "closed until asked for");

        browser.findElement(By.id("ref-1")).click();

        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(inline));
        assertTrue(inline.getText().contains(firstNote.strip()), inline.getText() + " / " + firstNote);
        assertEquals("true", browser.findElement(By.id("ref-1")).getAttribute("aria-expanded"));
        assertTrue(browser.getCurrentUrl().endsWith("/documents/" + seedId), "opened in place: " + browser.getCurrentUrl());
        assertEquals(api.getList("footnotes").size(), browser.findElements(By.cssSelector(".notes li")).size(),
                "the notes listed at the end");
        assertFalse(browser.findElements(By.cssSelector("p.block-headnote")).isEmpty(), "the headnote");
        assertTrue(browser.findElement(By.cssSelector(".source")).getText().contains("Workers' Dreadnought"));
        String original = browser.findElement(By.cssSelector(".source a[download]")).getAttribute("href");
        assertEquals(pipeline.ingestUrl() + "/api/documents/" + seedId + "/content", original);
        assertEquals(seedBytes().length, given().when().get(original).then().statusCode(200).extract().asByteArray().length,
                "the link gives the original file");
        screenshot("document");
    }

    @Test
    @Order(4)
    void shouldFollowAnEntityToItsPage() {
        WebElement mention = browser.findElements(By.cssSelector("a.mention[href^='/entities/']")).stream()
                .filter(a -> a.getText().equals("Miasnikov")).findFirst().orElseThrow();
        mention.click();

        WebElement title = waitFor(Duration.ofSeconds(20), By.cssSelector("article.entity h1"));
        String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        JsonPath api = given().baseUri(pipeline.searchUrl()).when().get("/api/entities/" + id + "/documents").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(api.getString("entity.label"), title.getText(), "the preferred label");
        assertEquals("person", browser.findElement(By.cssSelector("article.entity .meta .type")).getText());
        List<String> variants = browser.findElements(By.cssSelector(".variants li")).stream().map(WebElement::getText).toList();
        assertTrue(variants.contains("Miasnikov"), variants.toString());
        assertNotNull(browser.findElement(By.cssSelector(".hits a[href='/documents/" + seedId + "']")));
        assertNotNull(browser.findElement(By.cssSelector(".timeline a.bar[data-year='1924']")), "the time line");
        screenshot("entity");
    }

    @Test
    @Order(5)
    void shouldNarrowBySeveralFacetsAndAYearAndRemoveEach() {
        open("/search?q=Miasnikov");
        WebElement place = browser.findElement(By.cssSelector("a[data-facet=place]"));
        String placeName = place.getText();
        place.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("place="));
        WebElement person = browser.findElement(By.cssSelector("li:not(.selected) > a[data-facet=person]"));
        person.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("person="));
        browser.findElement(By.cssSelector(".histogram a.bar[data-year='1924']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("from=1924"));

        assertTrue(browser.getCurrentUrl().contains("to=1924"), browser.getCurrentUrl());
        List<WebElement> chips = browser.findElements(By.cssSelector(".chips li"));
        assertEquals(3, chips.size(), "place, person and years: " + chips.stream().map(WebElement::getText).toList());
        assertTrue(chips.stream().anyMatch(c -> c.getText().contains(placeName)), placeName);
        assertNotNull(browser.findElement(By.cssSelector("li.hit a[href='/documents/" + seedId + "']")));
        screenshot("search-narrowed");

        // The URL is the whole state: opened anew, it is the same search.
        String shared = browser.getCurrentUrl();
        browser.get(shared);
        assertEquals(3, browser.findElements(By.cssSelector(".chips li")).size());
        browser.findElements(By.cssSelector(".chips li")).stream().filter(c -> c.getText().contains(placeName))
                .findFirst().orElseThrow().findElement(By.cssSelector("a.chip-remove")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("place="));
        assertEquals(2, browser.findElements(By.cssSelector(".chips li")).size());
    }

    @Test
    @Order(6)
    void shouldUploadSeveralFilesWithTheirSourceAndNarrowByADragAcrossTheYears() throws Exception {
        Path dir = Files.createTempDirectory("web-it");
        Path first = dir.resolve("letter-a.txt");
        Path second = dir.resolve("letter-b.txt");
        Files.writeString(first, "A letter on the arrest of Miasnikov, sent from Moscow. " + UUID.randomUUID());
        Files.writeString(second, "A second letter: Miasnikov is held in Perm. " + UUID.randomUUID());
        open("/upload");
        browser.findElement(By.id("issueDate")).sendKeys("1921-03-08");
        browser.findElement(By.id("periodical")).sendKeys("The Worker");
        browser.findElement(By.id("collection")).sendKeys(NAMESPACE);
        browser.findElement(By.id("files")).sendKeys(first + "\n" + second);
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#uploads tbody tr[data-id]"), 2));
        new WebDriverWait(browser, Duration.ofMinutes(3)).until(d -> d.findElements(
                By.cssSelector("#uploads tbody tr[data-id] .status")).stream().allMatch(e -> e.getText().equals("INDEXED")));
        for (WebElement row : browser.findElements(By.cssSelector("#uploads tbody tr[data-id]"))) {
            JsonPath doc = pipeline.client().document(row.getAttribute("data-id"));
            assertEquals("1921-03-08", doc.getString("metadata.issueDate"), "the source fields went with each file");
            assertEquals("The Worker", doc.getString("metadata.periodical"));
        }

        // INDEXED is reported when Elasticsearch took the documents; they are searchable after its next refresh.
        openUntilFound("/search?q=Miasnikov", By.cssSelector(".histogram .bar[data-year='1921']"));
        List<String> years = browser.findElements(By.cssSelector(".histogram .bar")).stream()
                .map(b -> b.getAttribute("data-year")).toList();
        assertEquals(List.of("1921", "1922", "1923", "1924"), years, "every year between the first and the last");
        new org.openqa.selenium.interactions.Actions(browser)
                .clickAndHold(browser.findElement(By.cssSelector(".histogram a.bar[data-year='1921']")))
                .moveToElement(browser.findElement(By.cssSelector(".histogram .bar.empty[data-year='1922']")))
                .release().perform();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("from=1921"));
        assertTrue(browser.getCurrentUrl().contains("to=1922"), browser.getCurrentUrl());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(
                By.cssSelector(".result-count"), "2 documents"));
        assertTrue(browser.findElements(By.cssSelector("a[data-facet=periodical]")).stream()
                .anyMatch(a -> a.getText().equals("The Worker")), "the uploader's periodical is a facet");

        // Newest first: the seed of 1924 before the letters of 1921, and the order stays in the URL.
        open("/search?q=Miasnikov");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sort"))).selectByValue("-date");
        browser.findElement(By.cssSelector("form.search button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("sort=-date"));
        List<String> dates = browser.findElements(By.cssSelector("li.hit time")).stream()
                .map(t -> t.getAttribute("datetime")).toList();
        assertEquals(List.of("1924-05-31", "1921-03-08", "1921-03-08"), dates);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sort"))).selectByValue("date");
        browser.findElement(By.cssSelector("form.search button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("sort=date"));
        assertEquals("1921-03-08", browser.findElement(By.cssSelector("li.hit time")).getAttribute("datetime"),
                "oldest first");
    }

    @Test
    @Order(7)
    void shouldShowAFailedFileWithItsReasonAndSendItThroughAgain() throws Exception {
        Path broken = Files.createTempDirectory("web-it").resolve("broken.docx");
        Files.write(broken, PoisonDocumentsIT.docx("<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Appeal " + UUID.randomUUID()
                + "</w:t></w:r></w:p><w:body></w:docu"));
        open("/upload");
        assertEquals(TestServers.apiKey(), browser.findElement(By.id("api-key")).getAttribute("value"),
                "the key stays for the tab's session");
        browser.findElement(By.id("files")).sendKeys(broken.toString());
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        WebElement row = waitFor(Duration.ofSeconds(30), By.cssSelector("#uploads tbody tr[data-id]"));
        String id = row.getAttribute("data-id");
        By status = By.cssSelector("#uploads tbody tr[data-id='" + id + "'] .status");
        new WebDriverWait(browser, Duration.ofMinutes(2)).until(ExpectedConditions.textToBe(status, "FAILED"));
        String reason = row.findElement(By.cssSelector(".details")).getText();
        assertEquals(pipeline.client().document(id).getString("statusReason"), reason, "the reason, as ingest has it");
        java.time.Instant retried = java.time.Instant.now();

        row.findElement(By.cssSelector(".actions button")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(status, "RECEIVED"));
        // FAILED again, reported by enrichment after the retry: the file went through the pipeline once more.
        new WebDriverWait(browser, Duration.ofMinutes(2)).until(d -> {
            JsonPath doc = pipeline.client().document(id);
            return "FAILED".equals(doc.getString("status"))
                    && java.time.Instant.parse(doc.getString("statusChangedAt")).isAfter(retried);
        });
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(status, "FAILED"));
        screenshot("upload-failed");
    }

    @Test
    @Order(8)
    void shouldReviewTheSuggestionsAndMergeTwoEntities() {
        String enrich = pipeline.enrichUrl() + "/api/authority";
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String keep = createPerson(enrich, "Webtest Alpha " + suffix);
        String merged = createPerson(enrich, "Webtest Alfa " + suffix);
        List<Map<String, Object>> pending = given().header("X-API-Key", TestServers.apiKey()).queryParam("size", 100)
                .when().get(enrich + "/suggestions").then().statusCode(200).extract().jsonPath().getList("$");
        assertTrue(pending.size() > 1, "the seed leaves suggestions to review: " + pending.size());

        open("/authority");
        assertEquals(TestServers.apiKey(), browser.findElement(By.id("api-key")).getAttribute("value"),
                "the key entered on the upload page stays for the tab's session, and the queue loads with it");
        WebElement message = browser.findElement(By.id("authority-message"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> message.getText().contains("review"));
        assertEquals(pending.size(), browser.findElements(By.cssSelector("#suggestions tbody tr")).size(),
                "the queue as the API has it: " + message.getText());
        decide(enrich, pending.get(0).get("id"), "Reject", "rejected");
        decide(enrich, pending.get(1).get("id"), "Accept", "accepted");
        screenshot("authority");

        pick("keep-name", "keep-options", "Webtest Alpha " + suffix, keep);
        pick("merge-name", "merge-options", "Webtest Alfa " + suffix, merged);
        browser.findElement(By.cssSelector("#merge-form button[type=submit]")).click();

        WebElement mergeMessage = browser.findElement(By.id("merge-message"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> mergeMessage.getText().startsWith("Merged"));
        JsonPath gone = given().header("X-API-Key", TestServers.apiKey()).when().get(enrich + "/entities/" + merged)
                .then().extract().jsonPath();
        assertEquals(keep, gone.getString("mergedInto"), "merged into the one kept: " + gone.prettify());
    }

    @Test
    @Order(9)
    void shouldShowAnUploadedPagesMarkupAsTextAndRunNoneOfIt() {
        // As plain text, every tag reaches the pages as the document's own text: none may become markup there.
        String marker = "xsscheck" + UUID.randomUUID().toString().substring(0, 8);
        String hostile = marker + " <script>window.pwned=1</script> Miasnikov <img src=x onerror=\"window.pwned=2\">"
                + " <a href=\"javascript:window.pwned=3\">link</a> <style>body{display:none}</style>\n";
        String id = pipeline.client().upload("hostile.txt", hostile.getBytes(StandardCharsets.UTF_8), "text/plain",
                NAMESPACE).then().statusCode(202).extract().jsonPath().getString("id");
        new WebDriverWait(browser, Duration.ofMinutes(2)).until(d -> "INDEXED".equals(
                pipeline.client().document(id).getString("status")));
        for (String path : List.of("/documents/" + id, "/search?q=" + marker)) {
            openUntilFound(path, By.cssSelector("article.document, li.hit a[href='/documents/" + id + "']"));
            Object pwned = ((JavascriptExecutor) browser).executeScript("return window.pwned === undefined ? null : window.pwned;");
            assertNull(pwned, path + " ran the document's script");
            assertEquals(0, browser.findElements(By.cssSelector("main img, main script, main style, main a[href^='javascript']"))
                    .size(), path + " has the document's elements");
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("<script>window.pwned=1</script>"),
                    path + " shows the document's tags as the text they are");
        }
        open("/search?q=" + marker);
        assertNotNull(browser.findElement(By.cssSelector("li.hit a[href='/documents/" + id + "']")), "it is found");
        open("/documents/" + id);
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("<img src=x onerror=\"window.pwned=2\">"));
    }

    @Test
    @Order(10)
    void shouldBeUsableFromTheKeyboardAndOnAPhone() {
        open("/search?q=Myasnikov");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("Skip to content", focused.getText(), "the first stop skips to the content");
        for (WebElement input : browser.findElements(By.cssSelector("main input:not([type=hidden]), main select"))) {
            String id = input.getAttribute("id");
            assertFalse(browser.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty(), id + " has a label");
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            for (String path : List.of("/documents/" + seedId, "/upload", "/authority", "/search?q=Myasnikov")) {
                open(path);
                Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertTrue(overflow.intValue() <= 0, path + ": nothing wider than the phone's screen: " + overflow);
            }
            screenshot("search-phone");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    /** Clicks a suggestion's button and waits until its row is gone and the API has the decision. */
    private static void decide(String enrich, Object suggestion, String button, String status) {
        WebElement row = browser.findElement(By.cssSelector("#suggestions tbody tr[data-id='" + suggestion + "']"));
        row.findElements(By.tagName("button")).stream().filter(b -> b.getText().equals(button)).findFirst()
                .orElseThrow().click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(row));
        assertEquals(List.of(status), given().header("X-API-Key", TestServers.apiKey()).queryParam("status", status)
                .queryParam("size", 100).when().get(enrich + "/suggestions").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.id == " + suggestion + " }.status"));
    }

    private static String createPerson(String enrich, String label) {
        return given().header("X-API-Key", TestServers.apiKey()).contentType(ContentType.JSON)
                .body(Map.of("type", "person", "preferredLabel", label)).when().post(enrich + "/entities").then()
                .statusCode(201).extract().jsonPath().getString("id");
    }

    /** Types a name into an entity picker and takes the option that carries the entity's id. */
    private static void pick(String input, String list, String name, String id) {
        WebElement field = browser.findElement(By.id(input));
        field.sendKeys(name);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> options(list).stream().anyMatch(o -> o.endsWith("[" + id + "]")));
        field.clear();
        field.sendKeys(name + " [" + id + "]");
    }

    @SuppressWarnings("unchecked")
    private static List<String> options(String datalist) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#" + datalist + " option')).map(o => o.value);");
    }

    private static void open(String path) {
        browser.get(pipeline.searchUrl() + path);
    }

    /** Opens a page again until it shows what is looked for (a document indexed a moment ago), for 20 s at most. */
    private static void openUntilFound(String path, By selector) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        open(path);
        while (browser.findElements(selector).isEmpty() && System.nanoTime() < deadline) {
            sleep(300);
            open(path);
        }
        assertFalse(browser.findElements(selector).isEmpty(), path + " shows " + selector);
    }

    private static WebElement waitFor(Duration timeout, By selector) {
        return new WebDriverWait(browser, timeout).until(ExpectedConditions.presenceOfElementLocated(selector));
    }

    private static void screenshot(String name) throws IllegalStateException {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the screenshot " + name, e);
        }
    }

    private static byte[] seedBytes() throws IOException {
        try (InputStream in = WebInterfaceIT.class.getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
            return in.readAllBytes();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
