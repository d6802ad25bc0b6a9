package org.villagegov.platform.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /benchmark/bare}: the JSON a real read returned (the benchmark saves it to the file before
 * the first call), parsed once and held in memory, serialised by Jackson on every call as a controller's
 * result is: no token, no tenant, no database. Its throughput is the framework's ceiling on the machine,
 * against which the authenticated read is set.
 */
@RestController
class BareEndpoint {

    static final String PATH = "/benchmark/bare";

    /** Read at the first call, not at start: the stack starts before the benchmark has a response to save. */
    private final SingletonSupplier<JsonNode> body;

    BareEndpoint(Path bodyFile, JsonMapper json) {
        this.body = SingletonSupplier.of(() -> json.readTree(read(bodyFile)));
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode bare() {
        return body.obtain();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the benchmark's body file " + file + " cannot be read", e);
        }
    }
}
