package io.retort.bench;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.retort.Engine;
import io.retort.orm.Metadata;
import io.retort.orm.SessionFactory;

public final class ProfileUpdate {
    public static void main(String[] args) {
        String db = args.length > 0 ? args[0] : "postgresql";
        String url = BenchDatabases.networked().get(db);
        boolean postgres = db.equals("postgresql");
        Engine engine = Engine.builder(url).poolSize(4).build();
        Metadata metadata = Metadata.of(UowBenchItem.class);
        metadata.dropAll(engine).then(metadata.createAll(engine)).block();
        UowRetortWorkload retort = new UowRetortWorkload(SessionFactory.of(engine, metadata));
        ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.parse("r2dbc:" + url.replace("mariadb:", "mysql:")).mutate();
        if (postgres) options.option(PostgresqlConnectionFactoryProvider.FORCE_BINARY, true);
        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(ConnectionFactories.get(options.build())).initialSize(4).maxSize(4).build());
        UowRawWorkload raw = new UowRawWorkload(pool, postgres);
        retort.insert(10_000).block();
        long[] r = new long[2];
        for (int round = 0; round < 2; round++) {
            long tr = 0, tw = 0;
            for (int i = 0; i < 1500; i++) {
                long s = System.nanoTime(); retort.update(1000).block(); tr += System.nanoTime() - s;
                s = System.nanoTime(); raw.update(1000).block(); tw += System.nanoTime() - s;
            }
            System.out.printf("%s round %d retort %.2f ms raw %.2f ms ratio %.2f%n", db, round, tr / 1500e6, tw / 1500e6, (double) tr / tw);
        }
        pool.dispose();
        metadata.dropAll(engine).then(engine.dispose()).block();
    }
}
