package app.kith.outbound;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code KITH_FETCH_ALLOW}: host names and address blocks the operator lets the guard through, for
 * a webhook on their own network say. A metadata address must be named on its own (as a host, an
 * address or a /32): a broad block such as 169.254.0.0/16 does not open it by accident.
 */
record AllowList(Set<String> hosts, List<Cidr> blocks) {

    static AllowList parse(String setting) {
        Set<String> hosts = new TreeSet<>();
        List<Cidr> blocks = new ArrayList<>();
        for (String entry : setting.split("[,\\s]+")) {
            String item = entry.strip();
            if (item.isEmpty()) {
                continue;
            }
            if (item.matches("[0-9.]+(/\\d+)?") || item.contains(":")) {
                try {
                    blocks.add(Cidr.parse(item.replaceAll("^\\[|](?=/|$)", "")));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("KITH_FETCH_ALLOW: " + e.getMessage());
                }
            } else if (item.matches("[A-Za-z0-9.-]+")) {
                hosts.add(host(item));
            } else {
                throw new IllegalStateException("KITH_FETCH_ALLOW: '" + item + "' is neither a host name nor a CIDR block");
            }
        }
        return new AllowList(Set.copyOf(hosts), List.copyOf(blocks));
    }

    static String host(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    }

    boolean allows(String host, InetAddress address) {
        if (hosts.contains(host(host))) {
            return true;
        }
        if (ForbiddenAddresses.isMetadata(address)) {
            return blocks.stream().anyMatch(b -> b.isOnly(address) || b.isOnly(ForbiddenAddresses.carried(address)));
        }
        return blocks.stream().anyMatch(b -> b.contains(address) || b.contains(ForbiddenAddresses.carried(address)));
    }
}
