package se.vinr.ledger.command.keyperson;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import se.vinr.ledger.command.Pseudonyms;
import se.vinr.ledger.events.common.KeyPersonId;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PersonRef;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.keyperson.KeyPersonDeregistered;
import se.vinr.ledger.events.keyperson.KeyPersonMoved;
import se.vinr.ledger.events.keyperson.KeyPersonRegistered;
import se.vinr.ledger.events.keyperson.KeyPersonTotalReported;
import se.vinr.ledger.events.keyperson.PersonalDataErased;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.vinr.ledger.command.CommandRejectedException.conflict;
import static se.vinr.ledger.command.CommandRejectedException.invalid;
import static se.vinr.ledger.command.CommandRejectedException.notFound;

/**
 * The key persons of one municipality, a member of its Municipality aggregate: that aggregate knows the units, and
 * one aggregate is what keeps a person from being an active key person of the same unit twice, also under
 * concurrent commands. Every handler returns the municipality's version.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class KeyPersons {

    /** Refuses a unit the municipality does not have, naming the request field. */
    @FunctionalInterface
    public interface Units {

        void require(UnitId unitId, String field);
    }

    @JsonIgnore // given by the municipality, not part of a snapshot
    private final Units units;
    /** Every key person ever registered: ids are not reused, also after deregistration. */
    private final Map<KeyPersonId, KeyPerson> keyPersons = new HashMap<>();

    public KeyPersons(Units units) {
        this.units = units;
    }

    @CommandHandler
    public long handle(RegisterKeyPerson command) {
        if (command.role() == null) {
            throw invalid("role", "the role (KEY_PERSON or LEAD_KEY_PERSON) of key person " + command.keyPersonId()
                    + " is required");
        }
        if (command.since() == null) {
            throw invalid("since", "the date key person " + command.keyPersonId() + " starts is required");
        }
        PersonRef personRef = Pseudonyms.require(command.personRef());
        units.require(command.unitId(), "unitId");
        if (keyPersons.containsKey(command.keyPersonId())) {
            throw conflict("key person " + command.keyPersonId() + " is already registered in municipality "
                    + command.municipalityId());
        }
        requireNotActiveIn(command.unitId(), personRef);
        apply(new KeyPersonRegistered(command.municipalityId(), command.keyPersonId(), command.unitId(), personRef,
                command.role(), command.since()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(DeregisterKeyPerson command) {
        if (command.until() == null) {
            throw invalid("until", "the last day of key person " + command.keyPersonId() + " is required");
        }
        KeyPerson keyPerson = active(command.municipalityId(), command.keyPersonId());
        if (command.until().isBefore(keyPerson.servingSince())) {
            throw invalid("until", "the last day " + command.until() + " is before key person "
                    + command.keyPersonId() + " started in unit " + keyPerson.unitId() + " on "
                    + keyPerson.servingSince());
        }
        apply(new KeyPersonDeregistered(command.municipalityId(), command.keyPersonId(), keyPerson.unitId(),
                command.until(), command.reason()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(MoveKeyPerson command) {
        if (command.from() == null) {
            throw invalid("from", "the date key person " + command.keyPersonId() + " starts in the new unit is "
                    + "required");
        }
        KeyPerson keyPerson = active(command.municipalityId(), command.keyPersonId());
        units.require(command.toUnitId(), "toUnitId");
        if (command.toUnitId().equals(keyPerson.unitId())) {
            throw invalid("toUnitId", "key person " + command.keyPersonId() + " already serves unit "
                    + keyPerson.unitId());
        }
        if (!command.from().isAfter(keyPerson.servingSince())) {
            throw invalid("from", "key person " + command.keyPersonId() + " serves unit " + keyPerson.unitId()
                    + " since " + keyPerson.servingSince() + "; a move must take effect after that, not on "
                    + command.from());
        }
        requireNotActiveIn(command.toUnitId(), keyPerson.personRef());
        apply(new KeyPersonMoved(command.municipalityId(), command.keyPersonId(), keyPerson.unitId(),
                command.toUnitId(), command.from()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ReportKeyPersonTotal command) {
        if (command.count() < 0) {
            throw invalid("count", "the number of key persons must not be negative, got " + command.count());
        }
        if (command.asOf() == null) {
            throw invalid("asOf", "the date the total of key persons applies to is required");
        }
        if (command.source() == null || command.source().document() == null || command.source().document().isBlank()) {
            throw invalid("source", "a reported total needs its source: the document it is taken from");
        }
        apply(new KeyPersonTotalReported(command.municipalityId(), command.count(), command.asOf(),
                command.source()));
        return AggregateLifecycle.getVersion();
    }

    /** Contact details may be kept for any valid pseudonym of an existing municipality; no event records them. */
    @CommandHandler
    public long handle(KeepContactDetails command) {
        Pseudonyms.require(command.personRef());
        return AggregateLifecycle.getVersion();
    }

    /**
     * Any valid pseudonym of the municipality may have contact details kept (they live outside the events), so any
     * may be erased; the event is the record that it was.
     */
    @CommandHandler
    public long handle(ErasePersonalData command) {
        PersonRef personRef = Pseudonyms.require(command.personRef());
        if (command.erasedOn() == null) {
            throw invalid("erasedOn", "the date of the erasure is required");
        }
        apply(new PersonalDataErased(command.municipalityId(), personRef, command.erasedOn()));
        return AggregateLifecycle.getVersion();
    }

    private KeyPerson active(MunicipalityId municipalityId, KeyPersonId keyPersonId) {
        KeyPerson keyPerson = keyPersons.get(keyPersonId);
        if (keyPerson == null) {
            throw notFound("keyPersonId", "unknown key person " + keyPersonId + " in municipality " + municipalityId);
        }
        if (keyPerson.until() != null) {
            throw conflict("key person " + keyPersonId + " was deregistered; their last day was "
                    + keyPerson.until());
        }
        return keyPerson;
    }

    private void requireNotActiveIn(UnitId unitId, PersonRef personRef) {
        keyPersons.forEach((id, keyPerson) -> {
            if (keyPerson.until() == null && keyPerson.unitId().equals(unitId)
                    && keyPerson.personRef().equals(personRef)) {
                throw conflict(personRef + " is already an active key person of unit " + unitId + " (key person "
                        + id + ")");
            }
        });
    }

    @EventSourcingHandler
    void on(KeyPersonRegistered event) {
        keyPersons.put(event.keyPersonId(), new KeyPerson(event.unitId(), event.personRef(), event.since(), null));
    }

    @EventSourcingHandler
    void on(KeyPersonMoved event) {
        keyPersons.computeIfPresent(event.keyPersonId(),
                (id, keyPerson) -> new KeyPerson(event.toUnitId(), keyPerson.personRef(), event.from(), null));
    }

    @EventSourcingHandler
    void on(KeyPersonDeregistered event) {
        keyPersons.computeIfPresent(event.keyPersonId(), (id, keyPerson) -> new KeyPerson(keyPerson.unitId(),
                keyPerson.personRef(), keyPerson.servingSince(), event.until()));
    }

    /** Where a key person serves and since when; {@code until} is set once deregistered. */
    private record KeyPerson(UnitId unitId, PersonRef personRef, LocalDate servingSince, LocalDate until) {
    }
}
