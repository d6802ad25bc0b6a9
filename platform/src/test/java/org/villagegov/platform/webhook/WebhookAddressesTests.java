package org.villagegov.platform.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookAddressesTests {

    /** Names resolve as in a test: "public.example" to a public address, "inside.example" to a private one. */
    private static InetAddress[] resolve(String host) throws UnknownHostException {
        return switch (host) {
            case "public.example" -> new InetAddress[] {InetAddress.getByName("93.184.215.14")};
            case "inside.example" -> new InetAddress[] {InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7")};
            case "nowhere.example" -> throw new UnknownHostException(host);
            default -> InetAddress.getAllByName(host);  // literals only in these tests
        };
    }

    private final WebhookAddresses strict = new WebhookAddresses(false, false, WebhookAddressesTests::resolve);

    @Test
    void whenAnHttpsUrlResolvesToPublicAddressesThenItIsAccepted() {
        assertThat(strict.refusal("https://public.example/hooks?county=daye")).isEmpty();
        assertThat(strict.refusal("https://93.184.215.14:8443/hooks")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://public.example/hooks", "ftp://public.example/x", "public.example/hooks", "/hooks",
            "https://user:pw@public.example/hooks", "https://public.example/hooks#frag", "https:///hooks", "not a url"})
    void whenTheUrlIsNotAPlainHttpsAddressThenItIsRefused(String url) {
        assertThat(strict.refusal(url)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/h", "https://localhost/h", "https://10.1.2.3/h", "https://172.16.0.1/h",
            "https://192.168.1.1/h", "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/h", "https://0.0.0.0/h",
            "https://[::1]/h", "https://[fe80::1]/h", "https://[fd00::1]/h", "https://[::ffff:127.0.0.1]/h",
            "https://224.0.0.1/h", "https://255.255.255.255/h", "https://inside.example/h", "https://nowhere.example/h"})
    void whenTheHostIsOrResolvesToAnInternalAddressThenItIsRefused(String url) {
        assertThat(strict.refusal(url)).isPresent();
    }

    @Test
    void whenTestsAllowHttpAndPrivateAddressesThenALoopbackReceiverIsAccepted() {
        WebhookAddresses lenient = new WebhookAddresses(true, true, WebhookAddressesTests::resolve);
        assertThat(lenient.refusal("http://127.0.0.1:8123/hooks")).isEmpty();
        assertThat(lenient.refusal("ftp://127.0.0.1/hooks")).isPresent();
        assertThat(new WebhookAddresses(true, false, WebhookAddressesTests::resolve).refusal("http://127.0.0.1:8123/h"))
                .contains("must not point at a loopback, private or link-local address");
    }
}
