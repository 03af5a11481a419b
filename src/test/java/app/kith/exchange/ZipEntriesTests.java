package app.kith.exchange;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.shared.BadDataException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A zip that cannot be read is bad data (found by fuzzing the LinkedIn import). */
class ZipEntriesTests {

    @Test
    void aZipCutShortIsBadData() throws IOException {
        byte[] zip = zip("Connections.csv", "First Name,Last Name,Connected On\n".repeat(50));
        byte[] cut = Arrays.copyOf(zip, zip.length / 2);

        assertThatThrownBy(() -> ZipEntries.csvFiles("export.zip", new ByteArrayInputStream(cut), () -> cut.length))
                .isInstanceOf(BadDataException.class)
                .hasMessage("export.zip:0: not a readable zip file (it ends before its last file does)");
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
