package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import se.vinr.ledger.command.importing.DataImporter;
import se.vinr.ledger.command.importing.ImportRejectedException;
import se.vinr.ledger.command.importing.ImportReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar vinr-ledger.jar import FILE [--dry-run] [other Spring options]}: loads a data file into the
 * store of this installation (the same data directory; stop the service first, the embedded store is single
 * process) without starting the web server, prints the report as JSON, exits 0, or 1 with the problems.
 */
final class ImportCommand {

    private ImportCommand() {
    }

    static int run(String[] args) throws Exception {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        boolean dryRun = rest.contains("--dry-run");
        List<String> files = rest.stream().filter(a -> !a.startsWith("--")).toList();
        if (files.size() != 1) {
            System.err.println("usage: java -jar vinr-ledger.jar import FILE [--dry-run]");
            return 2;
        }
        Path file = Path.of(files.get(0));
        SpringApplication application = new SpringApplication(StandaloneApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of("vinr.default-data.enabled", "false"));
        String[] springArgs = rest.stream().filter(a -> a.startsWith("--") && !a.equals("--dry-run"))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = application.run(springArgs)) {
            ObjectMapper json = context.getBean(ObjectMapper.class);
            try {
                ImportReport report = context.getBean(DataImporter.class)
                        .importFile(file.getFileName().toString(), Files.readAllBytes(file), dryRun);
                System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
                return 0;
            } catch (ImportRejectedException e) {
                System.err.println(e.getMessage());
                e.problems().forEach(p -> System.err.println("  " + p.path() + ": " + p.message()));
                return 1;
            }
        }
    }
}
