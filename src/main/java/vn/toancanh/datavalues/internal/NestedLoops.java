package vn.toancanh.datavalues.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Joins between a batch and data_value probe the primary key row by row: without this hint the planner may scan the
 * whole table (millions of rows) to hash-join a few thousand staged ones.
 */
final class NestedLoops {

    private NestedLoops() {}

    static void run(JdbcClient jdbc, Runnable statement) {
        jdbc.sql("SELECT set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true)")
                .query()
                .listOfRows();
        try {
            statement.run();
        } finally {
            jdbc.sql("SET LOCAL enable_hashjoin TO DEFAULT; SET LOCAL enable_mergejoin TO DEFAULT")
                    .update();
        }
    }
}
