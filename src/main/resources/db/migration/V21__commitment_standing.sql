-- Where each commitment stands, one narrow row each, so that the 督办总览 counts, filters, sorts and pages a city's or a
-- province's ledger without recomputing every commitment's latest report and rating on each call. Kept in the same
-- transaction as every report, rating, report period, dispatch mode, 督办单 and baseline that changes it, and as the
-- engine's history event of the process's end (standing.CommitmentStandings, standing.ProcessEndsRecorded).
-- No foreign key: the row is written while the ledger import's commitment may not be flushed yet.
create table commitment_standing (
    commitment_id      varchar(32)    primary key,
    ledger_deadline    date           not null,
    ledger_task_force  boolean        not null,
    rating             varchar(10),
    percent_of_target  numeric(10, 2),
    trajectory_ratio   numeric(10, 4),
    dispatch_mode      varchar(10),
    next_due_at        timestamp,
    next_opens_at      timestamp,
    open_notices       integer        not null default 0,
    task_forces        integer        not null default 0,
    baseline_version   integer        not null default 0,
    baseline_deadline  date,
    ended_at           timestamp,
    end_activity       varchar(255)
);

-- how each process ended is filled in after the engine has started (standing.EndsFromHistory): on a new database
-- Flyway runs before the engine has created its tables
insert into commitment_standing (commitment_id, ledger_deadline, ledger_task_force)
select c.id, c.deadline, c.task_force from commitment c;

update commitment_standing set
    rating = (select r.rating from rating_record r where r.commitment_id = commitment_standing.commitment_id
              order by r.rated_at desc, r.id desc limit 1),
    percent_of_target = (select p.percent_of_target from progress_report p
                         where p.commitment_id = commitment_standing.commitment_id
                         order by p.reported_at desc, p.id desc limit 1),
    trajectory_ratio = (select p.trajectory_ratio from progress_report p
                        where p.commitment_id = commitment_standing.commitment_id
                        order by p.reported_at desc, p.id desc limit 1),
    dispatch_mode = (select d.dispatch_mode from dispatch_state d where d.commitment_id = commitment_standing.commitment_id),
    next_due_at = (select min(rp.due_at) from report_period rp
                   where rp.commitment_id = commitment_standing.commitment_id and rp.filed_at is null),
    next_opens_at = (select min(rp.opens_at) from report_period rp
                     where rp.commitment_id = commitment_standing.commitment_id and rp.filed_at is null),
    open_notices = (select count(*) from supervision_notice n
                    where n.commitment_id = commitment_standing.commitment_id and n.plan_filed_at is null),
    task_forces = (select count(*) from supervision_notice n
                   where n.commitment_id = commitment_standing.commitment_id and n.plan_filed_at is not null),
    baseline_version = coalesce((select max(b.version) from commitment_baseline b
                                 where b.commitment_id = commitment_standing.commitment_id), 0),
    baseline_deadline = (select b.deadline from commitment_baseline b where b.commitment_id = commitment_standing.commitment_id
                         order by b.version desc limit 1);

-- the filter options of the whole ledger read the sections from this index alone
create index commitment_section on commitment (section_id, section_name);
