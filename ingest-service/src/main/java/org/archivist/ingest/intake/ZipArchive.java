package org.archivist.ingest.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a ZIP of transcriptions into its files, refusing the whole archive when an entry's path could
 * escape (absolute, drive letter, {@code ..}), when it holds too many entries, or when it expands beyond the
 * limits (a ZIP bomb). Folders and the operating systems' bookkeeping files ({@code __MACOSX/}, names
 * starting with a dot) are not documents and are passed over.
 */
public final class ZipArchive {

    /** Limits; an archive beyond any of them is refused before anything is stored. */
    public record Limits(int maxEntries, long maxFileBytes, long maxTotalBytes, int maxRatio) {
    }

    private ZipArchive() {
    }

    public static List<Upload> unpack(String archiveName, byte[] zip, Limits limits) {
        List<Upload> files = new ArrayList<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                checkPath(archiveName, name);
                if (++entries > limits.maxEntries()) {
                    throw tooLarge(archiveName, "more than " + limits.maxEntries() + " entries");
                }
                if (entry.isDirectory() || isBookkeeping(name)) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                int read;
                long entryBytes = 0;
                while ((read = in.read(buffer)) > 0) {
                    entryBytes += read;
                    total += read;
                    if (entryBytes > limits.maxFileBytes()) {
                        throw new InvalidUpload(InvalidUpload.Kind.FILE_TOO_LARGE, "'" + name + "' in '" + archiveName
                                + "' expands beyond the limit per file of " + limits.maxFileBytes() + " bytes.");
                    }
                    if (total > limits.maxTotalBytes()) {
                        throw tooLarge(archiveName, "more than " + limits.maxTotalBytes() + " bytes in all");
                    }
                    if (total > 1_000_000 && total > (long) limits.maxRatio() * zip.length) {
                        throw tooLarge(archiveName, "over " + limits.maxRatio() + " times its own size");
                    }
                    out.write(buffer, 0, read);
                }
                files.add(Upload.check(name, out.toByteArray(), limits.maxFileBytes()).requireSupported());
            }
        } catch (ZipException e) {
            throw new InvalidUpload(InvalidUpload.Kind.MALFORMED_REQUEST,
                    "'" + archiveName + "' is not a readable ZIP archive: " + e.getMessage() + ".");
        } catch (IOException e) {
            throw new InvalidUpload(InvalidUpload.Kind.MALFORMED_REQUEST,
                    "'" + archiveName + "' could not be read: " + e.getMessage() + ".");
        } catch (IllegalArgumentException e) {
            // ZipInputStream's answer to entry names that are not valid in the archive's encoding.
            throw new InvalidUpload(InvalidUpload.Kind.UNSAFE_ARCHIVE,
                    "'" + archiveName + "' has an entry name that cannot be read: " + e.getMessage() + ".");
        }
        if (files.isEmpty()) {
            throw new InvalidUpload(InvalidUpload.Kind.EMPTY_FILE, "'" + archiveName + "' holds no files.");
        }
        return files;
    }

    private static void checkPath(String archiveName, String name) {
        String normalized = name.replace('\\', '/');
        boolean absolute = normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*");
        boolean climbs = List.of(normalized.split("/")).contains("..");
        if (absolute || climbs || name.chars().anyMatch(c -> c == 0)) {
            throw new InvalidUpload(InvalidUpload.Kind.UNSAFE_ARCHIVE, "'" + archiveName + "' has an entry whose path "
                    + (absolute ? "is absolute" : climbs ? "climbs out with '..'" : "holds a NUL character")
                    + ": '" + name.replace("\u0000", "\\0") + "'. Nothing from this archive was stored.");
        }
    }

    private static boolean isBookkeeping(String name) {
        String normalized = name.replace('\\', '/');
        String last = normalized.substring(normalized.lastIndexOf('/') + 1);
        return normalized.startsWith("__MACOSX/") || last.startsWith(".");
    }

    private static InvalidUpload tooLarge(String archiveName, String what) {
        return new InvalidUpload(InvalidUpload.Kind.ARCHIVE_TOO_LARGE,
                "'" + archiveName + "' expands to " + what + ": refused as a possible ZIP bomb. Nothing was stored.");
    }
}
