package io.retort.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.retort.Engine;
import io.retort.schema.ForeignKey;
import io.retort.schema.SqlType;
import io.retort.schema.Table;
import io.retort.schema.internal.SchemaModel;
import io.retort.testkit.ChinookDatabase;
import io.retort.testkit.DbTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import reactor.test.StepVerifier;

/**
 * Reflects the Chinook sample database, loaded by Retort from the published PostgreSQL script
 * (PostgreSQL and H2) or MySQL script (MariaDB). Names are compared folded, since the MySQL
 * script spells {@code InvoiceLine} where the PostgreSQL one spells {@code invoice_line}.
 */
@DbTest
class ChinookReflectionDbTest {

    private final Engine chinook = Engine.create(ChinookDatabase.url());

    @AfterEach
    void dispose() {
        chinook.dispose().as(StepVerifier::create).verifyComplete();
    }

    @Test
    void reflectsElevenTablesWithTheirKeys() {
        ChinookDatabase.load(chinook)
                .then(SchemaModel.reflect(chinook))
                .as(StepVerifier::create)
                .assertNext(model -> {
                    assertThat(model.tables()).extracting(t -> fold(t.name())).containsExactly("album", "artist",
                            "customer", "employee", "genre", "invoice", "invoiceline", "mediatype", "playlist",
                            "playlisttrack", "track");
                    assertThat(model.tables()).allSatisfy(t -> assertThat(t.primaryKey()).isNotEmpty());
                    assertThat(fold(table(model, "playlisttrack").primaryKey()))
                            .containsExactly("playlistid", "trackid");
                    assertThat(fold(table(model, "album").primaryKey())).containsExactly("albumid");
                    assertThat(model.tables().stream().flatMap(t -> t.foreignKeys().stream().map(k -> describe(t, k))))
                            .containsExactlyInAnyOrder(
                                    "album(artistid)->artist(artistid)",
                                    "customer(supportrepid)->employee(employeeid)",
                                    "employee(reportsto)->employee(employeeid)",
                                    "invoice(customerid)->customer(customerid)",
                                    "invoiceline(invoiceid)->invoice(invoiceid)",
                                    "invoiceline(trackid)->track(trackid)",
                                    "playlisttrack(playlistid)->playlist(playlistid)",
                                    "playlisttrack(trackid)->track(trackid)",
                                    "track(albumid)->album(albumid)",
                                    "track(genreid)->genre(genreid)",
                                    "track(mediatypeid)->mediatype(mediatypeid)");
                    Table invoice = table(model, "invoice");
                    assertThat(invoice.columns()).anySatisfy(c -> {
                        assertThat(fold(c.name())).isEqualTo("total");
                        assertThat(c.type()).isEqualTo(SqlType.NUMERIC);
                        assertThat(c.precision()).hasValue(10);
                        assertThat(c.scale()).hasValue(2);
                        assertThat(c.nullable()).isFalse();
                    });
                    assertThat(table(model, "track").indexes()).hasSize(3);
                })
                .verifyComplete();
    }

    private static Table table(SchemaModel model, String folded) {
        return model.tables().stream().filter(t -> fold(t.name()).equals(folded)).findFirst().orElseThrow();
    }

    private static String describe(Table table, ForeignKey key) {
        return fold(table.name()) + "(" + String.join(",", fold(key.columns())) + ")->" + fold(key.referredTable())
                + "(" + String.join(",", fold(key.referredColumns())) + ")";
    }

    private static List<String> fold(List<String> names) {
        return names.stream().map(ChinookReflectionDbTest::fold).collect(Collectors.toList());
    }

    private static String fold(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }
}
