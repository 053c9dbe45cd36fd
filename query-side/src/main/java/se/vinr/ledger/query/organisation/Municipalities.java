package se.vinr.ledger.query.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.organisation.HeadcountReported;
import se.vinr.ledger.events.organisation.MunicipalityRegistered;
import se.vinr.ledger.events.organisation.UnitRegistered;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.plan.KnownMunicipalities;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The organisation read model: municipalities ({@code rm_municipality}) and their units ({@code rm_unit}). */
@Repository
public class Municipalities implements KnownMunicipalities {

    public record Municipality(String id, String name, String municipalityCode, Instant registeredAt) {
    }

    private final JdbcClient jdbc;

    Municipalities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Registering again updates name and code; the first registration's instant stays. */
    void register(MunicipalityRegistered event, Instant recordedAt) {
        jdbc.sql("""
                        MERGE INTO rm_municipality t
                        USING (SELECT CAST(:id AS VARCHAR) AS municipality_id) s ON (t.municipality_id = s.municipality_id)
                        WHEN MATCHED THEN UPDATE SET name = :name, municipality_code = :code
                        WHEN NOT MATCHED THEN INSERT (municipality_id, name, municipality_code, registered_at)
                        VALUES (:id, :name, :code, :registeredAt)""")
                .param("id", event.municipalityId().value())
                .param("name", event.name())
                .param("code", event.municipalityCode())
                .param("registeredAt", OffsetDateTime.ofInstant(recordedAt.truncatedTo(ChronoUnit.MICROS),
                        ZoneOffset.UTC))
                .update();
    }

    /** A unit is registered once: a redelivered registration must not undo later headcount reports. */
    void register(UnitRegistered event) {
        jdbc.sql("""
                        MERGE INTO rm_unit t
                        USING (SELECT CAST(:municipalityId AS VARCHAR) AS municipality_id,
                                      CAST(:unitId AS VARCHAR) AS unit_id) s
                        ON (t.municipality_id = s.municipality_id AND t.unit_id = s.unit_id)
                        WHEN NOT MATCHED THEN INSERT (municipality_id, unit_id, name, department, operator, headcount)
                        VALUES (:municipalityId, :unitId, :name, :department, :operator, :headcount)""")
                .param("municipalityId", event.municipalityId().value())
                .param("unitId", event.unitId().value())
                .param("name", event.name())
                .param("department", event.department())
                .param("operator", event.operator().name())
                .param("headcount", event.headcount())
                .update();
    }

    /** The headcount of the latest business date wins, whatever order the reports arrive in. */
    void report(HeadcountReported event) {
        jdbc.sql("""
                        UPDATE rm_unit SET headcount = :headcount, headcount_as_of = :asOf
                        WHERE municipality_id = :municipalityId AND unit_id = :unitId
                          AND (headcount_as_of IS NULL OR headcount_as_of <= :asOf)""")
                .param("municipalityId", event.municipalityId().value())
                .param("unitId", event.unitId().value())
                .param("headcount", event.headcount())
                .param("asOf", event.asOf())
                .update();
    }

    void clear() {
        jdbc.sql("DELETE FROM rm_unit").update();
        jdbc.sql("DELETE FROM rm_municipality").update();
    }

    @Override
    public boolean contains(MunicipalityId municipalityId) {
        return jdbc.sql("SELECT COUNT(*) FROM rm_municipality WHERE municipality_id = :id")
                .param("id", municipalityId.value())
                .query(Long.class)
                .single() > 0;
    }

    /** The municipalities registered by {@code at.knownAt()}, by id. */
    public List<Municipality> knownAt(PointInTime at) {
        return jdbc.sql("SELECT municipality_id, name, municipality_code, registered_at FROM rm_municipality"
                        + " ORDER BY municipality_id")
                .query((row, rowNumber) -> new Municipality(row.getString("municipality_id"), row.getString("name"),
                        row.getString("municipality_code"),
                        row.getObject("registered_at", OffsetDateTime.class).toInstant()))
                // list(), not stream(): a JdbcClient stream keeps its connection until closed, and outside a
                // transaction (a caller other than the query bus) nothing would close it
                .list().stream()
                .filter(municipality -> at.knows(municipality.registeredAt()))
                .toList();
    }
}
