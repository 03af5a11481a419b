package app.kith.exchange;

import app.kith.shared.BadDataException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of an uploaded file, counted as they are read: reading past the size limit is bad
 * data, and progress is reported as a share of the file read.
 */
final class LimitedInput extends FilterInputStream {
    private final String file;
    private final long limit;
    private final long total;
    private final ImportOptions.ImportProgress progress;
    private long read;
    private long reported;

    LimitedInput(InputStream in, String file, long limit, long total, ImportOptions.ImportProgress progress) {
        super(in);
        this.file = file;
        this.limit = limit;
        this.total = total;
        this.progress = progress;
    }

    long bytesRead() {
        return read;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > limit) {
            throw new BadDataException(file, 0, "the file is larger than " + limit / (1024 * 1024)
                    + " MB, the most Kith imports at once");
        }
        if (progress != null && read - reported >= 64 * 1024) {
            reported = read;
            progress.read(read, total);
        }
    }
}
