-- Default working-day calendar 2025–2027 (press-admin edits it through /api/v1/calendar/holidays).
-- Only exceptions to "Monday–Friday work, Saturday–Sunday off" are stored: weekday days off and worked weekend days.
-- Sources:
--   * Bộ luật Lao động 2019 (Labour Code) Art. 112: 1 Jan; Tết 5 days; Hùng Kings' day 10/3 lunar; 30/4; 1/5;
--     National Day 2/9 plus one adjacent day; a holiday on a weekend is compensated on the next working day.
--   * 2025: Thông báo 6150/TB-LĐTBXH (14/11/2024): Tết Ất Tỵ 25/01–02/02/2025; 30/4–1/5 with Friday 02/05
--     swapped against Saturday 26/04; National Day Monday 01/09 and Tuesday 02/09.
--   * 2026: Tết Bính Ngọ 14/02–22/02/2026 as approved by the Prime Minister; Hùng Kings' day falls on Sunday
--     26/04 and is compensated on Monday 27/04. The adjacent National Day is taken as Tuesday 01/09.
--   * 2027: not announced yet when this was written: PROVISIONAL, derived from Art. 112 and the lunar calendar
--     (Tết Đinh Mùi = Saturday 06/02/2027; 10/3 lunar = Friday 16/04/2027). Review when the Government announces.
INSERT INTO calendar_day (day, kind, name, source) VALUES
 ('2025-01-01', 'DAY_OFF', 'Tết Dương lịch', 'Bộ luật Lao động 2019 Điều 112'),
 ('2025-01-27', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)', 'Thông báo 6150/TB-LĐTBXH'),
 ('2025-01-28', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp)', 'Thông báo 6150/TB-LĐTBXH'),
 ('2025-01-29', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ (mùng 1)', 'Thông báo 6150/TB-LĐTBXH'),
 ('2025-01-30', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ (mùng 2)', 'Thông báo 6150/TB-LĐTBXH'),
 ('2025-01-31', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ (mùng 3)', 'Thông báo 6150/TB-LĐTBXH'),
 ('2025-04-07', 'DAY_OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019 Điều 112'),
 ('2025-04-26', 'WORKING_DAY', 'Làm bù cho thứ Sáu 02/5/2025', 'Thông báo 6150/TB-LĐTBXH'),
 ('2025-04-30', 'DAY_OFF', 'Ngày Chiến thắng 30/4', 'Bộ luật Lao động 2019 Điều 112'),
 ('2025-05-01', 'DAY_OFF', 'Ngày Quốc tế Lao động 1/5', 'Bộ luật Lao động 2019 Điều 112'),
 ('2025-05-02', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', 'Thông báo 6150/TB-LĐTBXH'),
 ('2025-09-01', 'DAY_OFF', 'Quốc khánh (ngày liền kề)', 'Thông báo 6150/TB-LĐTBXH'),
 ('2025-09-02', 'DAY_OFF', 'Quốc khánh 2/9', 'Bộ luật Lao động 2019 Điều 112'),
 ('2026-01-01', 'DAY_OFF', 'Tết Dương lịch', 'Bộ luật Lao động 2019 Điều 112'),
 ('2026-02-16', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ', 'Lịch nghỉ Tết Bính Ngọ 14/02–22/02/2026'),
 ('2026-02-17', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ', 'Lịch nghỉ Tết Bính Ngọ 14/02–22/02/2026'),
 ('2026-02-18', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ', 'Lịch nghỉ Tết Bính Ngọ 14/02–22/02/2026'),
 ('2026-02-19', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ', 'Lịch nghỉ Tết Bính Ngọ 14/02–22/02/2026'),
 ('2026-02-20', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ', 'Lịch nghỉ Tết Bính Ngọ 14/02–22/02/2026'),
 ('2026-04-27', 'DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/4)', 'Bộ luật Lao động 2019 Điều 112'),
 ('2026-04-30', 'DAY_OFF', 'Ngày Chiến thắng 30/4', 'Bộ luật Lao động 2019 Điều 112'),
 ('2026-05-01', 'DAY_OFF', 'Ngày Quốc tế Lao động 1/5', 'Bộ luật Lao động 2019 Điều 112'),
 ('2026-09-01', 'DAY_OFF', 'Quốc khánh (ngày liền kề)', 'Bộ luật Lao động 2019 Điều 112 (ngày liền kề: tạm tính)'),
 ('2026-09-02', 'DAY_OFF', 'Quốc khánh 2/9', 'Bộ luật Lao động 2019 Điều 112'),
 ('2027-01-01', 'DAY_OFF', 'Tết Dương lịch', 'Bộ luật Lao động 2019 Điều 112'),
 ('2027-02-04', 'DAY_OFF', 'Tết Nguyên đán Đinh Mùi (tạm tính)', 'TẠM TÍNH theo Bộ luật Lao động 2019 Điều 112'),
 ('2027-02-05', 'DAY_OFF', 'Tết Nguyên đán Đinh Mùi (tạm tính)', 'TẠM TÍNH theo Bộ luật Lao động 2019 Điều 112'),
 ('2027-02-08', 'DAY_OFF', 'Tết Nguyên đán Đinh Mùi (tạm tính)', 'TẠM TÍNH theo Bộ luật Lao động 2019 Điều 112'),
 ('2027-02-09', 'DAY_OFF', 'Tết Nguyên đán Đinh Mùi (tạm tính)', 'TẠM TÍNH theo Bộ luật Lao động 2019 Điều 112'),
 ('2027-02-10', 'DAY_OFF', 'Tết Nguyên đán Đinh Mùi (tạm tính)', 'TẠM TÍNH theo Bộ luật Lao động 2019 Điều 112'),
 ('2027-04-16', 'DAY_OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch, tạm tính)', 'TẠM TÍNH theo Bộ luật Lao động 2019 Điều 112'),
 ('2027-04-30', 'DAY_OFF', 'Ngày Chiến thắng 30/4', 'Bộ luật Lao động 2019 Điều 112'),
 ('2027-05-03', 'DAY_OFF', 'Nghỉ bù Ngày Quốc tế Lao động (thứ Bảy 1/5)', 'Bộ luật Lao động 2019 Điều 112'),
 ('2027-09-02', 'DAY_OFF', 'Quốc khánh 2/9', 'Bộ luật Lao động 2019 Điều 112'),
 ('2027-09-03', 'DAY_OFF', 'Quốc khánh (ngày liền kề, tạm tính)', 'TẠM TÍNH theo Bộ luật Lao động 2019 Điều 112');
