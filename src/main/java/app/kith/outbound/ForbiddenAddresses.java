package app.kith.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Addresses a server must not be sent to on a user's word: what would reach the server itself, its
 * private network or its cloud's metadata service. An IPv6 address that carries an IPv4 one
 * (mapped, NAT64, 6to4) is judged by the IPv4 address it carries.
 */
final class ForbiddenAddresses {
    /** Cloud metadata services; some of them sit on public addresses, so they are named one by one. */
    static final List<Cidr> METADATA = List.of(Cidr.parse("169.254.169.254"), Cidr.parse("169.254.170.2"),
            Cidr.parse("169.254.169.253"), Cidr.parse("168.63.129.16"), Cidr.parse("100.100.100.200"),
            Cidr.parse("fd00:ec2::254"), Cidr.parse("fd00:ec2::23"));

    private static final Map<Cidr, String> BLOCKS = blocks();

    private ForbiddenAddresses() {
    }

    private static Map<Cidr, String> blocks() {
        Map<Cidr, String> blocks = new LinkedHashMap<>();
        blocks.put(Cidr.parse("0.0.0.0/8"), "an unspecified address");
        blocks.put(Cidr.parse("127.0.0.0/8"), "a loopback address");
        blocks.put(Cidr.parse("10.0.0.0/8"), "a private address");
        blocks.put(Cidr.parse("172.16.0.0/12"), "a private address");
        blocks.put(Cidr.parse("192.168.0.0/16"), "a private address");
        blocks.put(Cidr.parse("100.64.0.0/10"), "a shared (carrier-grade NAT) address");
        blocks.put(Cidr.parse("169.254.0.0/16"), "a link-local address");
        blocks.put(Cidr.parse("192.0.0.0/24"), "a reserved address");
        blocks.put(Cidr.parse("198.18.0.0/15"), "a reserved address");
        blocks.put(Cidr.parse("224.0.0.0/4"), "a multicast address");
        blocks.put(Cidr.parse("240.0.0.0/4"), "a reserved address");
        blocks.put(Cidr.parse("::/128"), "an unspecified address");
        blocks.put(Cidr.parse("::1/128"), "a loopback address");
        blocks.put(Cidr.parse("fc00::/7"), "a unique-local (private) address");
        blocks.put(Cidr.parse("fe80::/10"), "a link-local address");
        blocks.put(Cidr.parse("fec0::/10"), "a site-local (private) address");
        blocks.put(Cidr.parse("ff00::/8"), "a multicast address");
        blocks.put(Cidr.parse("100::/64"), "a reserved address");
        return blocks;
    }

    /** Why the address is refused, or empty when it is an ordinary public address. */
    static Optional<String> why(InetAddress address) {
        InetAddress judged = carried(address);
        if (METADATA.stream().anyMatch(m -> m.contains(judged))) {
            return Optional.of("a cloud metadata address");
        }
        return BLOCKS.entrySet().stream().filter(e -> e.getKey().contains(judged)).map(Map.Entry::getValue)
                .findFirst();
    }

    static boolean isMetadata(InetAddress address) {
        InetAddress judged = carried(address);
        return METADATA.stream().anyMatch(m -> m.contains(judged));
    }

    /** The IPv4 address an IPv6 one carries (::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d, 2002:AABB:CCDD::), else itself. */
    static InetAddress carried(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        boolean zeros80 = allZero(b, 0, 10);
        if (zeros80 && (b[10] == (byte) 0xff && b[11] == (byte) 0xff || b[10] == 0 && b[11] == 0 && !allZero(b, 12, 15))) {
            return v4(Arrays.copyOfRange(b, 12, 16));
        }
        if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && allZero(b, 4, 12)) {
            return v4(Arrays.copyOfRange(b, 12, 16));
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return v4(Arrays.copyOfRange(b, 2, 6));
        }
        return address;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress v4(byte[] bytes) {
        try {
            return Inet4Address.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
