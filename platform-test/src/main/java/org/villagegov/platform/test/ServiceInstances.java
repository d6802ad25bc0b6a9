package org.villagegov.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Several instances of one application in this JVM, as a deployment runs them: the same MongoDB,
 * RabbitMQ, queue names and databases ({@link PlatformTestContextCustomizerFactory#testProperties}
 * asked once for all of them), each on a port of its own, and a round-robin over their ports like a
 * load balancer's. Closing it closes every instance.
 */
public final class ServiceInstances implements AutoCloseable {

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private final AtomicInteger turn = new AtomicInteger();
    private final HttpClient http = HttpClient.newHttpClient();

    private ServiceInstances() {
    }

    /**
     * Starts {@code count} instances of the application made of {@code sources}, one after the other, with the
     * test properties of {@code application} and {@code properties} on top (which win).
     */
    public static ServiceInstances start(int count, String application, Map<String, Object> properties, Class<?>... sources) {
        return start(count, application, properties, null, sources);
    }

    /**
     * As {@link #start(int, String, Map, Class[])}, every instance reading the one {@code clock} given (the
     * platform's own clock gives way to it): a deadline or a notice period ends for all of them at once.
     */
    public static ServiceInstances start(int count, String application, Map<String, Object> properties, Clock clock,
                                         Class<?>... sources) {
        Map<String, Object> shared = new LinkedHashMap<>(PlatformTestContextCustomizerFactory.testProperties(application));
        shared.put("spring.application.name", application);
        shared.put("server.port", "0");
        shared.put("management.server.port", "0");
        shared.putAll(properties);
        List<String> args = new ArrayList<>();
        shared.forEach((key, value) -> args.add("--" + key + "=" + value));
        ServiceInstances instances = new ServiceInstances();
        try {
            for (int i = 0; i < count; i++) {
                SpringApplicationBuilder builder = new SpringApplicationBuilder(sources);
                if (clock != null) {
                    builder.initializers(context -> context.getBeanFactory().registerSingleton("sharedClock", clock));
                }
                instances.contexts.add(builder.run(args.toArray(String[]::new)));
            }
        } catch (RuntimeException e) {
            instances.close();
            throw e;
        }
        return instances;
    }

    public ConfigurableApplicationContext get(int instance) {
        return contexts.get(instance);
    }

    public List<ConfigurableApplicationContext> all() {
        return List.copyOf(contexts);
    }

    public int size() {
        return contexts.size();
    }

    /** The address of {@code path} on one instance. */
    public URI uri(int instance, String path) {
        String port = contexts.get(instance).getEnvironment().getRequiredProperty("local.server.port");
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The address of {@code path} on the next instance in turn. */
    public URI next(String path) {
        return uri(Math.floorMod(turn.getAndIncrement(), contexts.size()), path);
    }

    /**
     * Runs {@code work} on every instance, each on a thread of its own and all released at the same moment
     * (as their schedulers might): answers each instance's result, in the instances' order.
     */
    public <T> List<T> onEachAtOnce(Function<ConfigurableApplicationContext, T> work) {
        CyclicBarrier start = new CyclicBarrier(contexts.size());
        try (ExecutorService threads = Executors.newFixedThreadPool(contexts.size())) {
            List<Future<T>> results = new ArrayList<>();
            for (ConfigurableApplicationContext context : contexts) {
                results.add(threads.submit(() -> {
                    start.await();
                    return work.apply(context);
                }));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> result : results) {
                answers.add(result.get());
            }
            return answers;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a request to the instance it names, answering the body as text. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        contexts.forEach(ConfigurableApplicationContext::close);
        contexts.clear();
        http.close();
    }
}
