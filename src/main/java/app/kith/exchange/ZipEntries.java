package app.kith.exchange;

import app.kith.shared.BadDataException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The CSV files of a zip, read with limits a zip bomb cannot get past: the number of entries, the
 * bytes unpacked in all (counted as they come, not as the zip claims), and how far the unpacked
 * size may outgrow the packed one.
 */
final class ZipEntries {
    static final int MAX_ENTRIES = 2000;
    static final long MAX_UNPACKED = 256L * 1024 * 1024;
    static final long MAX_RATIO = 100;
    private static final long RATIO_FLOOR = 1024 * 1024;

    private ZipEntries() {
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    static List<LinkedInParser.Entry> csvFiles(String file, InputStream in, LongSupplier packedRead) {
        List<LinkedInParser.Entry> entries = new ArrayList<>();
        long unpacked = 0;
        int count = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++count > MAX_ENTRIES) {
                    throw new BadDataException(file, 0, "the zip has more than " + MAX_ENTRIES + " files");
                }
                boolean wanted = !entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv");
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED || unpacked > RATIO_FLOOR && unpacked > MAX_RATIO * packedRead.getAsLong()) {
                        throw new BadDataException(file, 0, "the zip unpacks to far more than it holds (a zip bomb?); "
                                + "nothing was imported");
                    }
                    if (wanted) {
                        content.write(buffer, 0, n);
                    }
                }
                if (wanted) {
                    entries.add(new LinkedInParser.Entry(file + "/" + entry.getName(), content.toByteArray()));
                }
            }
        } catch (ZipException e) {
            throw new BadDataException(file, 0, "not a readable zip file (" + e.getMessage() + ")");
        } catch (EOFException e) {
            throw new BadDataException(file, 0, "not a readable zip file (it ends before its last file does)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
