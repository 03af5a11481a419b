package app.kith.people;

import app.kith.shared.InvalidInputException;

/**
 * A person's photo. Its type is read from its first bytes, never from what a file or a client
 * claims, and only JPEG, PNG, GIF and WebP images up to {@link #MAX_BYTES} are accepted.
 */
public record Photo(String contentType, byte[] bytes) {
    public static final int MAX_BYTES = 512 * 1024;

    /** A photo of these bytes, or an error naming {@code photo} when they are too large or not an image. */
    public static Photo of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("photo", "is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("photo", "is larger than " + MAX_BYTES / 1024 + " KB");
        }
        String type = sniff(bytes);
        if (type == null) {
            throw new InvalidInputException("photo", "is not a JPEG, PNG, GIF or WebP image");
        }
        return new Photo(type, bytes);
    }

    /** The image type the bytes really are, or null. */
    static String sniff(byte[] b) {
        if (starts(b, 0xff, 0xd8, 0xff)) {
            return "image/jpeg";
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
            return "image/png";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (b.length > 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
