package cn.duban.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several nodes, one database, Camunda 7's own cluster model: {@code nodes.count} duban servers (2 by default) as
 * separate JVMs, each with its job executor, started at the same moment on one empty PostgreSQL (Flyway, engine
 * schema, deployment, identity set-up and ledger import racing), then the year played across them, the people's
 * requests spread over the nodes. It must end exactly as the year one node plays: every timer fired once, no task
 * created twice, no report or notification lost or doubled, each monthly scorecard once.
 * <p>
 * The long version on demand: {@code ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ClusterIT -Dnodes.count=3 -Dnodes.step=1 -Dnodes.until=2024-12-31T23:00}.
 */
class ClusterIT {

    private static final Logger log = LoggerFactory.getLogger(ClusterIT.class);
    static final int NODES = Integer.getInteger("nodes.count", 2);

    @Test
    void nodesStartedAtTheSameMomentPlayTheYearExactlyAsOneNodeDoes() throws Exception {
        YearRecord reference = ReferenceYear.record();
        try (Play play = new Play("cluster", ReferenceYear.HOME.resolve("cluster"), NodesPostgres.port(), ReferenceYear.STEP, NODES)) {
            Instant started = Instant.now();
            play.start();
            assertThat(play.database().count("select count(*) from act_re_deployment")).as("one deployment for all nodes")
                    .isEqualTo(1);
            assertThat(play.database().count("select count(*) from act_hi_procinst where proc_def_key_ = 'commitment'"))
                    .as("one instance per commitment").isEqualTo(play.commitments());
            play.play(ReferenceYear.UNTIL);
            play.stop();
            YearRecord cluster = YearRecord.of(play.database());
            log.info("{} nodes: {} in {} s; jobs run per node: {}", NODES, cluster.summary(), Play.since(started).toSeconds(),
                    play.database().query("select coalesce(hostname_, '-') || ' ' || count(*) from act_hi_job_log "
                            + "where job_state_ = 2 group by hostname_ order by 1", rs -> rs.getString(1)));
            String differences = cluster.differencesFrom(reference);
            if (!differences.isEmpty()) {
                log.error("the cluster's year differs from one node's:\n{}", differences);
            }
            ExactlyOnce.check(play, ReferenceYear.UNTIL);
            assertThat(differences).as("the cluster's year differs from one node's (+ cluster, - one node)").isEmpty();
            assertThat(play.database().count("select count(distinct hostname_) from act_hi_job_log where job_state_ = 2"))
                    .as("every node's job executor ran jobs").isEqualTo(NODES);
        }
    }
}
