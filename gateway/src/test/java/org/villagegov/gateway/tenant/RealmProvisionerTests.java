package org.villagegov.gateway.tenant;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.villagegov.gateway.config.GatewayProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A county realm as the template and the settings make it, before Keycloak sees it. */
class RealmProvisionerTests {

    /** The gateway's settings as Spring binds them (defaults included) from these {@code gateway.*} values. */
    private static GatewayProperties properties(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("gateway", GatewayProperties.class);
    }

    @Test
    void whenACountyRealmIsMadeThenItsLoginPagesSpeakChineseFirstAndItsConsoleClientAcceptsTheConsoleAddress() throws IOException {
        GatewayProperties properties = properties(Map.of("gateway.console-url", "https://zhili.example.gov.cn/",
                "gateway.service-client-secret", "service-secret"));

        RealmRepresentation realm = new RealmProvisioner(properties).realmFor("linxian", "林州市");

        assertThat(realm.getRealm()).isEqualTo("linxian");
        assertThat(realm.getDisplayName()).isEqualTo("林州市");
        assertThat(realm.isInternationalizationEnabled()).isTrue();
        assertThat(realm.getSupportedLocales()).containsExactlyInAnyOrder("zh-CN", "en");
        assertThat(realm.getDefaultLocale()).isEqualTo("zh-CN");
        ClientRepresentation console = realm.getClients().stream()
                .filter(client -> RealmProvisioner.CONSOLE_CLIENT.equals(client.getClientId())).findFirst().orElseThrow();
        assertThat(console.getRedirectUris())
                .containsExactly("http://localhost:*", "http://127.0.0.1:*", "https://zhili.example.gov.cn/*");
        assertThat(console.getWebOrigins()).containsExactly("+", "https://zhili.example.gov.cn");
        assertThat(realm.getClients()).filteredOn(client -> !RealmProvisioner.CONSOLE_CLIENT.equals(client.getClientId()))
                .isNotEmpty()
                .allSatisfy(service -> assertThat(service.getRedirectUris()).as(service.getClientId()).isNullOrEmpty());
    }

    @Test
    void whenAnExistingRealmsConsoleClientIsCheckedAgainThenNothingIsAddedTwiceAndNothingIsUpdated() throws IOException {
        GatewayProperties properties = properties(Map.of("gateway.console-url", "http://localhost:8080"));
        RealmProvisioner provisioner = new RealmProvisioner(properties);
        ClientRepresentation existing = new ClientRepresentation();
        existing.setClientId(RealmProvisioner.CONSOLE_CLIENT);
        existing.setRedirectUris(List.of("http://localhost:*"));
        existing.setWebOrigins(List.of("+"));

        assertThat(provisioner.acceptConsole(existing)).as("made before the console had an address").isTrue();
        assertThat(provisioner.acceptConsole(existing)).as("checked again").isFalse();

        assertThat(existing.getRedirectUris()).containsExactly("http://localhost:*", "http://localhost:8080/*");
        assertThat(existing.getWebOrigins()).containsExactly("+", "http://localhost:8080");
    }

    @Test
    void whenTheConsoleAddressIsNotAnAbsoluteHttpUrlThenNoRealmIsMade() throws IOException {
        GatewayProperties properties = properties(Map.of("gateway.console-url", "zhili.example.gov.cn"));
        RealmProvisioner provisioner = new RealmProvisioner(properties);

        assertThatThrownBy(() -> provisioner.realmFor("linxian", "林州市"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gateway.console-url");
    }
}
