package cn.duban.overview;

import cn.duban.testing.CleanSlate;
import cn.duban.testing.PostgresWebTest;

/** {@link OverviewPagesContract} on PostgreSQL, from an empty database. */
@PostgresWebTest
class OverviewPagesTest extends OverviewPagesContract {

    @Override
    void importTheLedger() {
        CleanSlate.reset(engine.getRuntimeService(), engine.getHistoryService(), jdbc);
        importRealLedger();
    }
}
