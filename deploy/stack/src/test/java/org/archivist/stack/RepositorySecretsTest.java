package org.archivist.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No secret is kept in the repository: every file git tracks is read for private keys, cloud access keys and
 * a password, secret, token or API key written out as a value (a reference such as {@code ${ARCHIVE_API_KEY}}
 * is what belongs there).
 */
class RepositorySecretsTest {

    private static final Path ROOT = Path.of(System.getProperty("archive.root")).toAbsolutePath();
    private static final Pattern KEY_BLOCK = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----");
    private static final Pattern CLOUD_KEY = Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b");
    private static final Pattern WRITTEN_OUT = Pattern.compile("(?i)(password|passwd|secret|api[_.-]?key|token)"
            + "[\"']?\\s*[:=]\\s*[\"']?([A-Za-z0-9+/_-]{12,})[\"']?(?=\\s|$|[,;)])", Pattern.MULTILINE);

    @Test
    void shouldKeepNoSecretInTheRepository() throws Exception {
        Process git = new ProcessBuilder("git", "-C", ROOT.toString(), "ls-files", "-z").start();
        String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, git.waitFor(), "git ls-files runs in " + ROOT);
        String[] files = listing.split("\0");
        assertTrue(files.length > 100, "the repository's files are listed: " + files.length);
        List<String> found = new ArrayList<>();
        for (String name : files) {
            Path file = ROOT.resolve(name);
            if (name.isEmpty() || !Files.isRegularFile(file) || isBinary(file)) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            if (KEY_BLOCK.matcher(text).find() || CLOUD_KEY.matcher(text).find()) {
                found.add(name + ": a private or cloud access key");
            }
            Matcher m = WRITTEN_OUT.matcher(text);
            while (m.find()) {
                if (m.group(2).chars().anyMatch(Character::isDigit) && m.group(2).chars().anyMatch(Character::isLetter)) {
                    found.add(name + ": " + m.group(1) + " written out");
                }
            }
        }
        assertEquals(List.of(), found, "secrets come from the environment, never from the repository");
    }

    private static boolean isBinary(Path file) throws IOException {
        byte[] head = new byte[Math.min(8192, (int) Files.size(file))];
        try (var in = Files.newInputStream(file)) {
            int read = in.readNBytes(head, 0, head.length);
            for (int i = 0; i < read; i++) {
                if (head[i] == 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
