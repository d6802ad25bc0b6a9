/**
 * What the request-path benchmark (docs/benchmarks.md) measures the services against: an endpoint
 * with the framework's cost and nothing else. Present only when {@code platform.benchmark.bare-body-file}
 * is set, which only the benchmark's own stack does.
 */
package org.villagegov.platform.benchmark;
