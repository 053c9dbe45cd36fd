package se.vinr.ledger.query.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void aConfiguredPrivateKeySignsAndItsPublicKeyIsDerived() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        SigningKey key = new SigningKey(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()), "", "");
        byte[] statement = "{\"chainIndex\":1}".getBytes(StandardCharsets.UTF_8);

        String signature = key.sign(statement);

        assertThat(key.publicKey().getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        assertThat(SigningKey.verify(pair.getPublic(), statement, signature)).isTrue();
        assertThat(SigningKey.verify(pair.getPublic(), "{\"chainIndex\":2}".getBytes(StandardCharsets.UTF_8),
                signature)).isFalse();
        assertThat(key.keyId()).hasSize(64).isEqualTo(SigningKey.keyId(SigningKey.readPublicKey(key.publicKeyPem())));
    }

    @Test
    void withoutConfigurationAKeyIsGeneratedOnceInTheDataDirectory() {
        String first = new SigningKey("", "", dataDir.toString()).keyId();
        String again = new SigningKey("", "", dataDir.toString()).keyId();

        assertThat(again).isEqualTo(first);
        assertThat(dataDir.resolve(SigningKey.GENERATED_FILE)).content().startsWith("-----BEGIN PRIVATE KEY-----");
    }

    @Test
    void aKeyFileIsReadAsPem() throws Exception {
        String generated = new SigningKey("", "", dataDir.toString()).keyId();
        Path file = Files.copy(dataDir.resolve(SigningKey.GENERATED_FILE), dataDir.resolve("copy.pem"));

        assertThat(new SigningKey("", file.toString(), "").keyId()).isEqualTo(generated);
    }

    @Test
    void withNoKeyAndNoDataDirectoryUseSaysWhatToConfigure() {
        assertThatThrownBy(() -> new SigningKey("", "", "").publicKey())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("vinr.audit.signing-key");
    }
}
