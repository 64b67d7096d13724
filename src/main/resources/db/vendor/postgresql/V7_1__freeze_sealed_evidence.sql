-- Evidence of a completed task is part of the record: never changed, never deleted.
create function duban_refuse_sealed_evidence_change() returns trigger language plpgsql as $$
begin
    if old.sealed_at is not null then
        raise exception '佐证材料 % 已随任务办结归档，不得修改或删除', old.id using errcode = 'integrity_constraint_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

create trigger evidence_file_sealed before update or delete on evidence_file
    for each row execute function duban_refuse_sealed_evidence_change();
