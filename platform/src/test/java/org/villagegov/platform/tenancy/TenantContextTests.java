package org.villagegov.platform.tenancy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantContextTests {

    @Test
    void whenWorkRunsInATenantThenTenantAndMdcAreSetAndClearedAfter() {
        TenantContext.run("daye", () -> {
            assertThat(TenantContext.require()).isEqualTo("daye");
            assertThat(MDC.get("tenant")).isEqualTo("daye");
        });
        assertThat(TenantContext.current()).isEmpty();
        assertThat(MDC.get("tenant")).isNull();
    }

    @Test
    void whenWorkFailsThenContextIsStillCleared() {
        assertThatThrownBy(() -> TenantContext.run("daye", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void whenNestedThenOuterTenantIsRestored() {
        TenantContext.run("daye", () -> {
            TenantContext.run("linxian", () -> assertThat(TenantContext.require()).isEqualTo("linxian"));
            assertThat(TenantContext.require()).isEqualTo("daye");
        });
    }

    @Test
    void whenAsyncWorkIsDecoratedThenItRunsInTheCallersTenant() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        TenantTaskDecorator decorator = new TenantTaskDecorator();
        CompletableFuture<String> seen = new CompletableFuture<>();
        TenantContext.run("daye", () -> executor.execute(decorator.decorate(
                () -> seen.complete(TenantContext.current().orElse("none")))));
        assertThat(seen.get()).isEqualTo("daye");

        CompletableFuture<String> after = new CompletableFuture<>();
        executor.execute(() -> after.complete(TenantContext.current().orElse("none")));
        assertThat(after.get()).isEqualTo("none");
        executor.shutdown();
    }

    @Test
    void whenTenantIdIsNotASlugThenRefused() {
        assertThatThrownBy(() -> TenantContext.run("Daye; drop", () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TenantContext.run("../admin", () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThat(TenantId.isValid("daye")).isTrue();
        assertThat(TenantId.isValid("x")).isFalse();
    }

    @Test
    void whenNoTenantThenRequireFailsLoudly() {
        assertThatThrownBy(TenantContext::require).isInstanceOf(MissingTenantException.class);
    }
}
