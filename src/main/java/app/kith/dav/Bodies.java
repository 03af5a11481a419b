package app.kith.dav;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Request bodies read whole up to a cap: anything larger is refused with 413 before it is parsed. */
final class Bodies {
    private Bodies() {
    }

    static byte[] read(InputStream in, int max, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 8192));
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > max) {
                throw new DavException(413, "The " + what + " is larger than " + max / 1024 + " KB.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
