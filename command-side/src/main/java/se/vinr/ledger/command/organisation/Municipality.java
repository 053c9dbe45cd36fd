package se.vinr.ledger.command.organisation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.organisation.HeadcountReported;
import se.vinr.ledger.events.organisation.MunicipalityRegistered;
import se.vinr.ledger.events.organisation.UnitRegistered;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.vinr.ledger.command.CommandRejectedException.conflict;
import static se.vinr.ledger.command.CommandRejectedException.invalid;
import static se.vinr.ledger.command.CommandRejectedException.notFound;

/** A municipality (the tenant) and its units. Every handler returns the version after the command. */
@Aggregate(cache = "aggregateCache")
public class Municipality {

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{4}");

    @AggregateIdentifier
    private String id;
    private MunicipalityId municipalityId;
    private String name;
    private String municipalityCode;
    private final Set<UnitId> units = new HashSet<>();

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
        if (!units.contains(command.unitId())) {
            throw notFound("unitId", "unknown unit " + command.unitId() + " in municipality " + municipalityId);
        }
        apply(new HeadcountReported(municipalityId, command.unitId(), command.headcount(), command.asOf()));
        return AggregateLifecycle.getVersion();
    }

    private static void requireHeadcount(int headcount) {
        if (headcount < 0) {
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
