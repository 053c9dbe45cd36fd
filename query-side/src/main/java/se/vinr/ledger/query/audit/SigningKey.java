package se.vinr.ledger.query.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The installation's Ed25519 key that signs checkpoints. Taken from {@code vinr.audit.signing-key} (PKCS#8, base64
 * or PEM), else from the file {@code vinr.audit.signing-key-file}, else from
 * {@code ${vinr.data-dir}/audit-signing-key.pem}, which is generated on first use (the standalone default).
 * Resolved when first needed, so a service that never signs needs no key.
 */
@Component
public class SigningKey {

    public static final String ALGORITHM = "Ed25519";
    static final String GENERATED_FILE = "audit-signing-key.pem";
    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private final String configuredKey;
    private final String keyFile;
    private final String dataDir;
    private volatile KeyPair keyPair;

    SigningKey(@Value("${vinr.audit.signing-key:}") String configuredKey,
               @Value("${vinr.audit.signing-key-file:}") String keyFile,
               @Value("${vinr.data-dir:}") String dataDir) {
        this.configuredKey = configuredKey;
        this.keyFile = keyFile;
        this.dataDir = dataDir;
    }

    public PublicKey publicKey() {
        return keyPair().getPublic();
    }

    public String keyId() {
        return keyId(publicKey());
    }

    /** The public key as PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo). */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey().getEncoded());
    }

    String sign(byte[] statement) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(keyPair().getPrivate());
            signature.update(statement);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign with the audit key", e);
        }
    }

    /** Whether {@code signature} (base64) is the key's Ed25519 signature of {@code statement}. */
    public static boolean verify(PublicKey key, byte[] statement, String signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(statement);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(HashChain.sha256().digest(key.getEncoded()));
    }

    public static PublicKey readPublicKey(String pemOrBase64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der(pemOrBase64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key (X.509, PEM or base64)", e);
        }
    }

    private KeyPair keyPair() {
        KeyPair pair = keyPair;
        if (pair == null) {
            synchronized (this) {
                if (keyPair == null) {
                    keyPair = resolve();
                }
                pair = keyPair;
            }
        }
        return pair;
    }

    private KeyPair resolve() {
        if (!configuredKey.isBlank()) {
            return pairOf(configuredKey);
        }
        if (!keyFile.isBlank()) {
            return pairOf(read(Path.of(keyFile)));
        }
        if (dataDir.isBlank()) {
            throw new IllegalStateException("No audit signing key: set vinr.audit.signing-key (PKCS#8, base64), "
                    + "vinr.audit.signing-key-file or vinr.data-dir");
        }
        Path file = Path.of(dataDir).resolve(GENERATED_FILE);
        if (!Files.exists(file)) {
            generate(file);
        }
        return pairOf(read(file));
    }

    /** A new key, written once with owner-only permissions; a concurrent first start keeps the file written first. */
    private static void generate(Path file) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path fresh = Files.createTempFile(file.toAbsolutePath().getParent(), "audit-key", ".tmp");
            if (Files.getFileStore(fresh).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(fresh, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            try {
                Files.move(fresh, file);
                log.info("Generated the audit signing key {} (key id {})", file, keyId(pair.getPublic()));
            } catch (FileAlreadyExistsException someoneElseWasFirst) {
                Files.delete(fresh);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the audit signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java platform cannot generate Ed25519 keys", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the audit signing key " + file, e);
        }
    }

    /**
     * The key pair of a PKCS#8 Ed25519 private key. The JDK has no call that derives the public key, but its key
     * pair generator turns 32 random bytes into a pair: handing it the private key's bytes as the "random" ones gives
     * the pair, which is checked to hold the given private key.
     */
    static KeyPair pairOf(String pkcs8) {
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(pkcs8)));
            byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow();
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
                }
            });
            KeyPair pair = generator.generateKeyPair();
            if (!Arrays.equals(((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow(), seed)) {
                throw new IllegalStateException("could not derive the public key of the audit signing key");
            }
            return pair;
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("the audit signing key is not an Ed25519 private key in PKCS#8", e);
        }
    }

    private static byte[] der(String pemOrBase64) {
        return Base64.getMimeDecoder().decode(pemOrBase64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
