-- The citation a rebuttal letter prints for the correction rule in force on its date (trích dẫn căn cứ pháp lý), in
-- Vietnamese as a letter cites it; legal_basis stays the operators' note. Dated like the rules themselves: the Press Law
-- 2016 (Điều 42, cải chính, xin lỗi trên báo chí) for the rules in force until 2026-06-30, the Press Law 2025 from
-- 2026-07-01, cited as the refusal grounds of V5 cite it (no article number until the implementing texts are published;
-- operators record a new rule with the article then). A rule without citation prints no legal basis in the letter.
ALTER TABLE deadline_rule ADD COLUMN citation text;

UPDATE deadline_rule SET citation = 'Luật Báo chí 2016, Điều 42'
 WHERE kind = 'CORRECTION' AND medium IN ('ONLINE', 'PRINT', 'RADIO', 'TELEVISION', 'MAGAZINE')
   AND effective_from < DATE '2026-07-01' AND created_by = 'migration';

UPDATE deadline_rule SET citation = 'Luật Báo chí 2025 (hiệu lực từ 01/7/2026), quy định về cải chính, xin lỗi trên báo chí'
 WHERE kind = 'CORRECTION' AND medium IN ('ONLINE', 'PRINT', 'RADIO', 'TELEVISION')
   AND effective_from = DATE '2026-07-01' AND created_by = 'migration';

-- V2 gave magazines no rule from 2026-07-01, so the Press Law 2016 rule would have stayed in force (and been cited) after
-- the law changed: same figure, the 2025 law.
INSERT INTO deadline_rule (id, kind, medium, amount, unit, effective_from, legal_basis, citation, created_by, created_at)
SELECT gen_random_uuid(), 'CORRECTION', 'MAGAZINE', 30, 'CALENDAR_DAYS', DATE '2026-07-01',
       'Luật Báo chí 2025 (Press Law 2025), in force from 2026-07-01: the next issue; configured default, change with a new rule',
       'Luật Báo chí 2025 (hiệu lực từ 01/7/2026), quy định về cải chính, xin lỗi trên báo chí', 'migration', now()
 WHERE NOT EXISTS (SELECT 1 FROM deadline_rule WHERE kind = 'CORRECTION' AND medium = 'MAGAZINE' AND effective_from = DATE '2026-07-01');
