package se.vinr.ledger.standalone;

import se.vinr.ledger.query.audit.BundleVerifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar vinr-ledger.jar verify BUNDLE.zip}: checks an audit bundle offline, with nothing but the bundle
 * (no database, no service, no network). Prints the verdict; exits 0 when the bundle holds, 1 naming the first bad
 * event, 2 on a usage error or an unreadable file.
 */
final class VerifyCommand {

    private VerifyCommand() {
    }

    static int run(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java -jar vinr-ledger.jar verify BUNDLE.zip");
            return 2;
        }
        Path bundle = Path.of(args[1]);
        if (!Files.isRegularFile(bundle)) {
            System.err.println("no such file: " + bundle);
            return 2;
        }
        BundleVerifier.Result result;
        try {
            result = BundleVerifier.verify(bundle);
        } catch (IOException | RuntimeException e) {
            System.err.println(bundle + " cannot be read as an audit bundle: " + e.getMessage());
            return 2;
        }
        if (!result.ok()) {
            System.err.println("BROKEN: " + result.problem());
            return 1;
        }
        System.out.println("OK: " + result.events() + " events, chain head " + result.headHash() + ", "
                + result.checkpoints() + " checkpoint(s) signed by key " + result.keyId());
        System.out.println("Compare the key id with GET /api/audit/public-key of the service the bundle came from.");
        return 0;
    }
}
