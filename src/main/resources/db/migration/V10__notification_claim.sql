-- 催办通知 on several nodes (issue 13/14): a delivery job that outlives its lock (a slow robot, a paused node) is run
-- again by another job executor while the first still sends. Before sending, a job claims the row in a transaction of
-- its own; a claim older than the job executor's lock time belongs to a node that died and may be taken over.
alter table notification add column sending_since timestamp;
