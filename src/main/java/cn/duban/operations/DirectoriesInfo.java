package cn.duban.operations;

import cn.duban.ledger.LedgerProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** {@code /actuator/info} says which configuration and data directories this node runs on. */
@Component
class DirectoriesInfo implements InfoContributor {

    private final DubanDirectories directories;
    private final LedgerProperties ledger;

    DirectoriesInfo(DubanDirectories directories, LedgerProperties ledger) {
        this.directories = directories;
        this.ledger = ledger;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> duban = new LinkedHashMap<>();
        duban.put("configDir", directories.configDir().toAbsolutePath().normalize().toString());
        duban.put("dataDir", directories.dataDir().toAbsolutePath().normalize().toString());
        duban.put("ledgerFile", ledger.ledgerPath().toAbsolutePath().normalize().toString());
        builder.withDetail("duban", duban);
    }
}
