package org.chronicle.gateway.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** CIDR blocks ({@code 10.0.0.0/8}, {@code ::1/128}, or a bare address) and whether an address is in one of them. */
public final class AllowedNetworks {

    private record Block(byte[] network, int prefixBits) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefixBits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Block> blocks;

    private AllowedNetworks(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** Parses literal addresses only (never a DNS lookup); a malformed block stops start-up. */
    public static AllowedNetworks parse(List<String> cidrs) {
        return new AllowedNetworks(cidrs.stream().map(String::trim).filter(c -> !c.isEmpty())
                .map(AllowedNetworks::block).toList());
    }

    private static Block block(String cidr) {
        int slash = cidr.indexOf('/');
        String host = slash < 0 ? cidr : cidr.substring(0, slash);
        if (!host.matches("[0-9A-Fa-f:.]+")) {
            throw new IllegalArgumentException("Not an IP address or CIDR block: '" + cidr + "'");
        }
        try {
            byte[] network = InetAddress.getByName(host).getAddress();
            int bits = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            if (bits < 0 || bits > network.length * 8) {
                throw new IllegalArgumentException("Prefix out of range in '" + cidr + "'");
            }
            return new Block(network, bits);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("Not an IP address or CIDR block: '" + cidr + "'", e);
        }
    }

    public boolean contains(InetAddress address) {
        if (address == null) {
            return false;
        }
        byte[] bytes = address.getAddress();
        return blocks.stream().anyMatch(block -> block.contains(bytes));
    }
}
