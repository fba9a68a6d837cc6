package io.asyncmysql.driver.jdbc;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncmysql.driver.MySqlPool;
import io.asyncmysql.testing.FreshDatabase;
import io.asyncmysql.testing.MySqlExtension;
import io.asyncmysql.testing.TestServer;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Unmodified jOOQ, DSL and plain SQL without code generation, over the adapter's DataSource. */
@ExtendWith(MySqlExtension.class)
class JooqIT {
  private static final Table<Record> PERSON = table(name("person"));
  private static final Field<Integer> ID = field(name("id"), Integer.class);
  private static final Field<String> NAME = field(name("name"), String.class);
  private static final Field<Integer> AGE = field(name("age"), Integer.class);

  private interface JooqBody {
    void run(DSLContext dsl) throws Exception;
  }

  /** Runs the body against a newly created {@code person} table (the database is shared by the class's tests) through a pool of four connections. */
  private static void withPersonTable(TestServer server, JooqBody body) throws Exception {
    MySqlPool pool = MySqlPool.create(server.url() + "?maxSize=4");
    try {
      DSLContext dsl = DSL.using(pool.dataSource(), SQLDialect.MYSQL);
      dsl.dropTableIfExists(PERSON).execute();
      dsl.createTable(PERSON)
          .column(ID, SQLDataType.INTEGER.identity(true))
          .column(NAME, SQLDataType.VARCHAR(40).notNull())
          .column(AGE, SQLDataType.INTEGER)
          .constraints(DSL.primaryKey(ID), DSL.unique(NAME))
          .execute();
      body.run(dsl);
    } finally {
      pool.close().join();
    }
  }

  @Test
  void crud(@FreshDatabase TestServer server) throws Exception {
    withPersonTable(server, dsl -> {
      int adaId = dsl.connectionResult(c -> {
        DSLContext pinned = DSL.using(c, SQLDialect.MYSQL);
        pinned.insertInto(PERSON, NAME, AGE).values("ada", 36).execute();
        return pinned.lastID().intValueExact();
      });
      assertEquals(1, adaId);
      assertEquals(1, dsl.insertInto(PERSON, NAME, AGE).values("alan", 41).execute());
      dsl.execute("INSERT INTO person (name, age) VALUES (?, ?)", "grace", 85);

      Record ada = dsl.select(ID, NAME, AGE).from(PERSON).where(NAME.eq("ada")).fetchOne();
      assertEquals(adaId, ada.get(ID));
      assertEquals(36, ada.get(AGE));
      assertEquals(List.of("alan", "grace"),
          dsl.select(NAME).from(PERSON).where(AGE.gt(40)).orderBy(NAME).fetch(NAME));

      assertEquals(1, dsl.update(PERSON).set(AGE, AGE.plus(1)).where(ID.eq(adaId)).execute());
      assertEquals(37, dsl.select(AGE).from(PERSON).where(ID.eq(adaId)).fetchOne(AGE));

      assertEquals(1, dsl.deleteFrom(PERSON).where(NAME.eq("alan")).execute());
      assertEquals(List.of("ada", "grace"), dsl.select(NAME).from(PERSON).orderBy(NAME).fetch(NAME));
      assertEquals(2, dsl.fetchCount(PERSON));
      assertEquals(85, dsl.fetchValue("SELECT age FROM person WHERE name = ?", "grace"));

      assertThrows(DataAccessException.class, () -> dsl.insertInto(PERSON, NAME, AGE).values("ada", 1).execute());
    });
  }

  @Test
  void transactionThatThrowsIsRolledBack(@FreshDatabase TestServer server) throws Exception {
    withPersonTable(server, dsl -> {
      IllegalStateException failure = new IllegalStateException("abort");
      IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> dsl.transaction(cfg -> {
        DSLContext tx = DSL.using(cfg);
        tx.insertInto(PERSON, NAME, AGE).values("ada", 36).execute();
        tx.insertInto(PERSON, NAME, AGE).values("alan", 41).execute();
        assertEquals(2, tx.fetchCount(PERSON), "the transaction sees its own rows");
        throw failure;
      }));
      assertEquals(failure, thrown);
      assertEquals(0, dsl.fetchCount(PERSON));

      dsl.transaction(cfg -> DSL.using(cfg).insertInto(PERSON, NAME, AGE).values("grace", 85).execute());
      assertEquals(List.of("grace"), dsl.select(NAME).from(PERSON).fetch(NAME));
    });
  }

  @Test
  void batchInserts(@FreshDatabase TestServer server) throws Exception {
    withPersonTable(server, dsl -> {
      int[] counts = dsl.batch(dsl.insertInto(PERSON, NAME, AGE).values((String) null, (Integer) null))
          .bind("ada", 36)
          .bind("alan", 41)
          .bind("grace", 85)
          .execute();
      assertEquals(3, counts.length);
      for (int count : counts) {
        assertEquals(1, count);
      }
      int[] statements = dsl.batch(
              dsl.insertInto(PERSON, NAME, AGE).values("edsger", 72),
              dsl.update(PERSON).set(AGE, 37).where(NAME.eq("ada")),
              dsl.deleteFrom(PERSON).where(NAME.eq("alan")))
          .execute();
      assertEquals(List.of(1, 1, 1), Arrays.stream(statements).boxed().toList());
      assertEquals(List.of("ada:37", "edsger:72", "grace:85"),
          dsl.select(NAME, AGE).from(PERSON).orderBy(NAME).fetch(r -> r.get(NAME) + ":" + r.get(AGE)));
    });
  }
}
