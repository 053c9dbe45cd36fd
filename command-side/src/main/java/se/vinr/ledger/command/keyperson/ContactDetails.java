package se.vinr.ledger.command.keyperson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PersonRef;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * How to reach a key person, if a municipality keeps it at all: never in an event (events are forever), but here,
 * sealed with AES-256-GCM under a key of the person's own. {@link #erase} destroys the key and the sealed details,
 * so nothing restores them, not even a backup of the sealed text; the events, which name only the pseudonym, and
 * every count built from them are untouched.
 */
@Component
public class ContactDetails {

    /** The details themselves; any may be absent. */
    public record Contact(String name, String email, String phone) {
    }

    /** What is known about a pseudonym's details: kept, erased, or never given. */
    public sealed interface Kept permits Present, Erased {
    }

    public record Present(Contact contact) implements Kept {
    }

    public record Erased(Instant erasedAt) implements Kept {
    }

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    ContactDetails(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Keeps (or replaces) the details; after an erasure they start over under a new key. */
    public void keep(MunicipalityId municipality, PersonRef person, Contact contact) {
        SecretKey key = key(municipality, person).orElseGet(() -> newKey(municipality, person));
        String sealed = seal(key, contact);
        int updated = jdbc.sql("UPDATE person_contact SET sealed = ?, erased_at = NULL "
                        + "WHERE municipality_id = ? AND person_ref = ?")
                .params(sealed, municipality.value(), person.value()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO person_contact (municipality_id, person_ref, sealed) VALUES (?, ?, ?)")
                    .params(municipality.value(), person.value(), sealed).update();
        }
    }

    public Optional<Kept> read(MunicipalityId municipality, PersonRef person) {
        Optional<Row> row = jdbc.sql("SELECT sealed, erased_at FROM person_contact "
                        + "WHERE municipality_id = ? AND person_ref = ?").params(municipality.value(), person.value())
                .query((rs, i) -> new Row(rs.getString(1), rs.getTimestamp(2))).optional();
        return row.map(found -> found.erasedAt() != null
                ? new Erased(found.erasedAt().toInstant())
                : new Present(open(key(municipality, person).orElseThrow(), found.sealed())));
    }

    /** Destroys the key and the sealed details, leaving only the fact and time of the erasure. */
    public void erase(MunicipalityId municipality, PersonRef person, Instant at) {
        jdbc.sql("DELETE FROM person_key WHERE municipality_id = ? AND person_ref = ?")
                .params(municipality.value(), person.value()).update();
        int updated = jdbc.sql("UPDATE person_contact SET sealed = NULL, erased_at = ? "
                        + "WHERE municipality_id = ? AND person_ref = ?")
                .params(Timestamp.from(at), municipality.value(), person.value()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO person_contact (municipality_id, person_ref, erased_at) VALUES (?, ?, ?)")
                    .params(municipality.value(), person.value(), Timestamp.from(at)).update();
        }
    }

    private record Row(String sealed, Timestamp erasedAt) {
    }

    private Optional<SecretKey> key(MunicipalityId municipality, PersonRef person) {
        return jdbc.sql("SELECT secret FROM person_key WHERE municipality_id = ? AND person_ref = ?")
                .params(municipality.value(), person.value()).query(String.class).optional()
                .map(secret -> new SecretKeySpec(Base64.getDecoder().decode(secret), "AES"));
    }

    private SecretKey newKey(MunicipalityId municipality, PersonRef person) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            SecretKey key = generator.generateKey();
            jdbc.sql("INSERT INTO person_key (municipality_id, person_ref, secret) VALUES (?, ?, ?)")
                    .params(municipality.value(), person.value(),
                            Base64.getEncoder().encodeToString(key.getEncoded())).update();
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is part of every JDK", e);
        }
    }

    private String seal(SecretKey key, Contact contact) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(contact));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv)
                    .put(sealed).array());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("could not seal contact details", e);
        }
    }

    private Contact open(SecretKey key, String sealed) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(sealed));
            byte[] iv = new byte[IV_BYTES];
            bytes.get(iv);
            byte[] text = new byte[bytes.remaining()];
            bytes.get(text);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            return json.readValue(cipher.doFinal(text), Contact.class);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("could not open contact details", e);
        }
    }
}
