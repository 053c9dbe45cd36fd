package se.vinr.ledger.standalone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import se.vinr.ledger.command.importing.DataImporter;
import se.vinr.ledger.command.importing.ImportProblem;
import se.vinr.ledger.command.importing.ImportRejectedException;
import se.vinr.ledger.command.importing.ImportReport;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Loads the bundled municipality data files (Gotland, Göteborg, Sundbyberg) at every start. The import ledger
 * makes this cheap and safe: the first start loads everything, later starts load only items added to the files
 * since, and nothing twice. A file that cannot be loaded is logged and the service still starts.
 */
@Component
@ConditionalOnProperty(name = "vinr.default-data.enabled", havingValue = "true", matchIfMissing = true)
class DefaultData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DefaultData.class);

    private final DataImporter importer;
    private final String location;

    DefaultData(DataImporter importer, @Value("${vinr.default-data.location:classpath*:data/*.yaml}") String location) {
        this.importer = importer;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(location);
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            try {
                ImportReport report = importer.importFile(file.getFilename(), file.getContentAsByteArray(), false);
                // facts the documents state that no command records (targets, meetings only planned, …)
                String keptOnly = report.notLoadable().stream().map(ImportProblem::message).distinct()
                        .collect(Collectors.joining("; "));
                log.info("{}: {} item(s) loaded now, {} before, {} kept in the file only{}", file.getFilename(),
                        report.sent().size(), report.alreadyLoaded(), report.notLoadable().size(),
                        keptOnly.isEmpty() ? "" : " (" + keptOnly + ")");
            } catch (ImportRejectedException e) {
                log.error("{} was not loaded: {} {}", file.getFilename(), e.getMessage(), e.problems());
            }
        }
    }
}
