package org.villagegov.devmongo;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;

/**
 * A MongoDB-wire server for the local stack, keeping its data in one H2 file so that it
 * survives {@code infra/stack down} and {@code up}, and a kill (every write is committed). Not
 * for production: no replica set, no transactions; the platform's design does not need them.
 * Usage: {@code java -jar dev-mongo.jar <data-file> [port]}.
 */
public final class DevMongo {

    private DevMongo() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: dev-mongo <data-file> [port]");
            System.exit(2);
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(file.getParent());
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 27017;
        MongoServer server = new MongoServer(new CommitEveryWrite(file.toString()));
        server.bind("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "dev-mongo-shutdown"));
        System.out.println("dev-mongo listening on 127.0.0.1:" + port + ", data in " + file);
        Thread.currentThread().join();
    }
}
