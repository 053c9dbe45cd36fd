package se.vinr.ledger.command.organisation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonMerge;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.vinr.ledger.command.keyperson.KeyPersons;
import se.vinr.ledger.command.screening.RecordScreenings;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.organisation.HeadcountReported;
import se.vinr.ledger.events.organisation.MunicipalityRegistered;
import se.vinr.ledger.events.organisation.UnitRegistered;
import se.vinr.ledger.events.screening.ScreeningsRecorded;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.vinr.ledger.command.CommandRejectedException.conflict;
import static se.vinr.ledger.command.CommandRejectedException.invalid;
import static se.vinr.ledger.command.CommandRejectedException.notFound;

/**
 * A municipality (the tenant), its units and what belongs to them: key persons ({@link KeyPersons}), whom one
 * aggregate keeps unique per unit, and screenings. Every handler returns the version after the command.
 * Snapshots of it are its fields as JSON ({@code @Revision} names their shape: raise it when the fields change, and
 * older snapshots are ignored rather than misread).
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "aggregateSnapshots")
@Revision("1")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Municipality {

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{4}");

    @AggregateIdentifier
    private String id;
    private MunicipalityId municipalityId;
    private String name;
    private String municipalityCode;
    private final Set<UnitId> units = new HashSet<>();
    @AggregateMember
    @JsonMerge // read into the member made here, which holds the unit check
    private final KeyPersons keyPersons = new KeyPersons(this::requireUnit);

    protected Municipality() {
        // Axon rebuilds the municipality from its events; RegisterMunicipality creates it.
    }

    /** Registering again with the same name and code changes nothing, so a repeated PUT is harmless. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public MunicipalityRegistration handle(RegisterMunicipality command) {
        if (command.name() == null || command.name().isBlank()) {
            throw invalid("name", "the municipality name must not be blank");
        }
        if (command.municipalityCode() == null || !MUNICIPALITY_CODE.matcher(command.municipalityCode()).matches()) {
            throw invalid("municipalityCode",
                    "the municipality code must be exactly 4 digits, got '" + command.municipalityCode() + "'");
        }
        if (id == null) {
            apply(new MunicipalityRegistered(command.municipalityId(), command.name(), command.municipalityCode()));
            return new MunicipalityRegistration(AggregateLifecycle.getVersion(), true);
        }
        if (!name.equals(command.name()) || !municipalityCode.equals(command.municipalityCode())) {
            throw conflict("municipality " + municipalityId + " is already registered as " + name + " ("
                    + municipalityCode + "), not as " + command.name() + " (" + command.municipalityCode() + ")");
        }
        return new MunicipalityRegistration(AggregateLifecycle.getVersion(), false);
    }

    @CommandHandler
    public long handle(RegisterUnit command) {
        if (command.name() == null || command.name().isBlank()) {
            throw invalid("name", "the unit name must not be blank");
        }
        if (command.operator() == null) {
            throw invalid("operator", "the operator (OWN or CONTRACTED) of unit " + command.unitId() + " is required");
        }
        requireHeadcount(command.headcount());
        if (units.contains(command.unitId())) {
            throw conflict("unit " + command.unitId() + " is already registered in municipality " + municipalityId);
        }
        apply(new UnitRegistered(municipalityId, command.unitId(), command.name(),
                command.department(), command.operator(), command.headcount()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ReportHeadcount command) {
        requireHeadcount(command.headcount());
        if (command.asOf() == null) {
            throw invalid("asOf", "the date the headcount of unit " + command.unitId() + " applies to is required");
        }
        requireUnit(command.unitId(), "unitId");
        apply(new HeadcountReported(municipalityId, command.unitId(), command.headcount(), command.asOf()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RecordScreenings command) {
        if (command.instrument() == null) {
            throw invalid("instrument", "the screening instrument is required");
        }
        if (command.periodStart() == null) {
            throw invalid("periodStart", "the start of the period screened is required");
        }
        if (command.periodEnd() == null) {
            throw invalid("periodEnd", "the end of the period screened is required");
        }
        if (command.periodEnd().isBefore(command.periodStart())) {
            throw invalid("periodEnd", "the period end " + command.periodEnd() + " is before its start "
                    + command.periodStart());
        }
        if (command.count() < 0) {
            throw invalid("count", "the number of screenings must not be negative, got " + command.count());
        }
        requireUnit(command.unitId(), "unitId");
        apply(new ScreeningsRecorded(municipalityId, command.unitId(), command.instrument(), command.periodStart(),
                command.periodEnd(), command.count()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Refuses a unit this municipality does not have (404), naming the request field that gave it. Public for the
     * handlers of other aggregates that refer to units, such as training completions.
     */
    public void requireUnit(UnitId unitId, String field) {
        if (unitId == null) {
            throw invalid(field, "the unit is required");
        }
        if (!units.contains(unitId)) {
            throw notFound(field, "unknown unit " + unitId + " in municipality " + municipalityId);
        }
    }

    private static void requireHeadcount(Integer headcount) {
        if (headcount != null && headcount < 0) {
            throw invalid("headcount", "the headcount must not be negative, got " + headcount);
        }
    }

    @EventSourcingHandler
    void on(MunicipalityRegistered event) {
        id = AggregateIds.municipality(event.municipalityId());
        municipalityId = event.municipalityId();
        name = event.name();
        municipalityCode = event.municipalityCode();
    }

    @EventSourcingHandler
    void on(UnitRegistered event) {
        units.add(event.unitId());
    }
}
