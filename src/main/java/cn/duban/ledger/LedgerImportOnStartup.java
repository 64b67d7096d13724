package cn.duban.ledger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports the ledger when the application has started. An invalid ledger is reported and imports nothing;
 * the server keeps running on what was imported before, so a typo in the ledger cannot take it down.
 */
@Component
class LedgerImportOnStartup {

    static final String ACTOR = "system:startup";
    private static final Logger log = LoggerFactory.getLogger(LedgerImportOnStartup.class);

    private final LedgerProperties properties;
    private final LedgerImporter importer;

    LedgerImportOnStartup(LedgerProperties properties, LedgerImporter importer) {
        this.properties = properties;
        this.importer = importer;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void importLedger() {
        if (!properties.importOnStartup()) {
            return;
        }
        try {
            importer.importConfiguredLedger(ACTOR);
        } catch (LedgerValidationException e) {
            log.error(e.getMessage());
        }
    }
}
