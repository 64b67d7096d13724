-- A published scorecard, its rows and the explanations attached to it are never changed or deleted.
create function duban_refuse_published_scorecard_change() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'scorecard' then
        if old.status = 'PUBLISHED' then
            raise exception '成绩单 % 已发布，不得修改或删除', old.id using errcode = 'integrity_constraint_violation';
        end if;
    elsif tg_table_name = 'scorecard_explanation' then
        raise exception '成绩单 % 的情况说明已归档，不得修改或删除', old.scorecard_id using errcode = 'integrity_constraint_violation';
    elsif tg_op = 'INSERT' then
        if exists (select 1 from scorecard s where s.id = new.scorecard_id and s.status = 'PUBLISHED') then
            raise exception '成绩单 % 已发布，不得增加排名数据', new.scorecard_id using errcode = 'integrity_constraint_violation';
        end if;
    elsif exists (select 1 from scorecard s where s.id = old.scorecard_id and s.status = 'PUBLISHED') then
        raise exception '成绩单 % 已发布，不得修改其排名数据', old.scorecard_id using errcode = 'integrity_constraint_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

create trigger scorecard_frozen before update or delete on scorecard
    for each row execute function duban_refuse_published_scorecard_change();
create trigger scorecard_row_frozen before insert or update or delete on scorecard_row
    for each row execute function duban_refuse_published_scorecard_change();
create trigger scorecard_explanation_frozen before update or delete on scorecard_explanation
    for each row execute function duban_refuse_published_scorecard_change();
