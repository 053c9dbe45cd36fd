package se.vinr.ledger.command.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vinr.ledger.events.common.MunicipalityId;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;

/** The {@code import_ledger} table: which items of which data files have been sent, by key and content hash. */
@Repository
class ImportLedger {

    private final JdbcClient jdbc;

    ImportLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, String> hashesOf(MunicipalityId municipalityId) {
        return jdbc.sql("SELECT item_key, item_hash FROM import_ledger WHERE municipality_id = ?")
                .param(municipalityId.value())
                .query((row, number) -> Map.entry(row.getString("item_key"), row.getString("item_hash")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void record(MunicipalityId municipalityId, PlannedItem item, String fileName) {
        jdbc.sql("INSERT INTO import_ledger (item_key, municipality_id, item_hash, file_name, loaded_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(item.key(), municipalityId.value(), item.hash(), fileName,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }
}
