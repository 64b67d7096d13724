-- A published scorecard, its rows and the explanations attached to it are never changed or deleted.
create trigger scorecard_frozen before update, delete on scorecard
    for each row call 'cn.duban.scorecard.H2ScorecardFreeze';
create trigger scorecard_row_frozen before insert, update, delete on scorecard_row
    for each row call 'cn.duban.scorecard.H2ScorecardFreeze';
create trigger scorecard_explanation_frozen before update, delete on scorecard_explanation
    for each row call 'cn.duban.scorecard.H2ScorecardFreeze';
