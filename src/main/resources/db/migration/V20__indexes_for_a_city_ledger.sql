-- PostgreSQL indexes no foreign key by itself: each table that duban reads by commitment (the overview, the
-- commitment page, the reminders) or by bureau and leader (who may see a commitment) gets its index here
create index commitment_lead_bureau on commitment (lead_bureau_id);
create index commitment_leader on commitment (leader_id);
create index commitment_co_bureau_bureau on commitment_co_bureau (bureau_id);
create index report_period_commitment on report_period (commitment_id, filed_at);
create index supervision_notice_commitment on supervision_notice (commitment_id);
create index milestone_check_commitment on milestone_check (commitment_id);
create index closure_record_commitment on closure_record (commitment_id);
create index change_request_commitment on change_request (commitment_id);
create index notification_commitment on notification (commitment_id);
