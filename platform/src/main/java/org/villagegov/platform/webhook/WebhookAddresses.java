package org.villagegov.platform.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which receiver addresses a subscription may name (an SSRF guard): an absolute {@code https} URL
 * without credentials or fragment whose host resolves only to public addresses. Loopback, private
 * (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the cloud metadata address,
 * fe80::/10), carrier-grade NAT (100.64/10), unspecified, multicast and broadcast addresses are
 * refused, unless {@code platform.webhooks.allow-private-addresses} is set (tests' loopback
 * receivers); {@code http} only with {@code platform.webhooks.allow-http}. Checked when a
 * subscription is created and again before every attempt, since a name may resolve elsewhere later.
 */
class WebhookAddresses {

    /** Resolves a host name; a test gives its own. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowHttp;
    private final boolean allowPrivate;
    private final Resolver resolver;

    WebhookAddresses(boolean allowHttp, boolean allowPrivate, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    WebhookAddresses(WebhookProperties properties) {
        this(properties.allowHttp(), properties.allowPrivateAddresses(), InetAddress::getAllByName);
    }

    /** Why the URL may not receive webhooks, or empty when it may. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            return Optional.of("must be an absolute https URL");
        }
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return Optional.of("must use https");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("host cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("must not point at a loopback, private or link-local address");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && first != 127                    // "this network", loopback
                    && !(first == 100 && (second & 0xc0) == 64)  // carrier-grade NAT 100.64/10
                    && !(first == 198 && (second & 0xfe) == 18)  // benchmarking 198.18/15
                    && first < 240;                              // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false;                                    // unique local fc00::/7
            }
            boolean v4Mapped = true;                             // ::ffff:a.b.c.d, judged as the IPv4 address
            for (int i = 0; i < 10; i++) {
                v4Mapped &= b[i] == 0;
            }
            if (v4Mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
