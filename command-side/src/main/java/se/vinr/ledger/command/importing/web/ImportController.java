package se.vinr.ledger.command.importing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.vinr.ledger.command.importing.DataImporter;
import se.vinr.ledger.command.importing.ImportReport;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

@RestController
@Access(Role.ADMIN)
@RequestMapping(path = "/api/admin/imports", produces = "application/json")
@Tag(name = "Administration", description = "Loading municipality data files")
public class ImportController {

    private final DataImporter importer;

    public ImportController(DataImporter importer) {
        this.importer = importer;
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "application/json"})
    @Operation(summary = "Load a municipality data file (YAML or JSON, see deploy/data/) through the command API",
            description = "The file is checked whole first; if anything is wrong nothing is stored and every "
                    + "problem is listed with its path in the file. Items loaded before are skipped; an item "
                    + "changed after it was loaded is refused (history is append-only).")
    public ImportReport importData(
            @Parameter(description = "Only list what would be sent") @RequestParam(defaultValue = "false")
            boolean dryRun,
            @Parameter(description = "The file's name, kept in the import ledger")
            @RequestParam(name = "file", defaultValue = "upload")
            @Pattern(regexp = "^\\P{Cc}{1,200}$", message = "must be 1-200 characters, none a control character")
            String fileName,
            @RequestBody byte[] content) {
        return importer.importFile(fileName, content, dryRun);
    }
}
