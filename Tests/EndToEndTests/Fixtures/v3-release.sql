PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES('v1-plan-roster-duties-audit');
INSERT INTO grdb_migrations VALUES('v2-domain-dates-results');
INSERT INTO grdb_migrations VALUES('v3-audit-channel-uid');
CREATE TABLE meta (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
);
INSERT INTO meta VALUES('initialised_at','2026-11-30T03:31:02.418Z');
CREATE TABLE unit (
  id        TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
  name      TEXT NOT NULL CHECK (name <> ''),
  level     TEXT NOT NULL CHECK (level <> ''),
  full_name TEXT NOT NULL,
  parents   TEXT NOT NULL CHECK (json_valid(parents)),
  note      TEXT,
  search_key TEXT NOT NULL
);
INSERT INTO unit VALUES('ba-trang','Ba Trang','xã','Ủy ban nhân dân xã Ba Trang','[{"level":"huyện","name":"Ba Tơ","note":"Cấp huyện chấm dứt hoạt động từ 01/7/2025 (Luật Tổ chức chính quyền địa phương 2025).","until":"2025-06-30"},{"level":"tỉnh","name":"Quảng Ngãi","note":"Từ 01/7/2025 tỉnh Quảng Ngãi mới (hợp nhất Kon Tum và Quảng Ngãi)."}]','Tên, cấp và đơn vị cấp trên theo báo cáo 2021–2025. Từ 01/7/2025 xã Ba Trang được sắp xếp vào một xã mới (chưa xác định tên); Chủ tịch cập nhật tại đây.','ba trang uy ban nhan dan xa ba trang');
CREATE TABLE skills (
  id   TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
  name TEXT NOT NULL CHECK (name <> '')
);
INSERT INTO skills VALUES('cchc','Cải cách hành chính, nội vụ');
INSERT INTO skills VALUES('noi-vu','Tổ chức, cán bộ, thi đua');
INSERT INTO skills VALUES('phap-luat','Tư pháp, pháp luật');
INSERT INTO skills VALUES('ho-tich','Hộ tịch');
INSERT INTO skills VALUES('tthc','Thủ tục hành chính, một cửa');
INSERT INTO skills VALUES('tai-chinh','Tài chính, kế toán, ngân sách');
INSERT INTO skills VALUES('dia-chinh','Địa chính, xây dựng, môi trường');
INSERT INTO skills VALUES('cntt','Công nghệ thông tin, chuyển đổi số');
INSERT INTO skills VALUES('van-thu','Văn thư, lưu trữ');
INSERT INTO skills VALUES('thong-ke','Thống kê, báo cáo');
INSERT INTO skills VALUES('tuyen-truyen','Tuyên truyền, văn hóa');
INSERT INTO skills VALUES('xa-hoi','Lao động, chính sách xã hội');
INSERT INTO skills VALUES('quan-su','Quân sự, quốc phòng');
CREATE TABLE positions (
  id            TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
  name          TEXT NOT NULL CHECK (name <> ''),
  position_group TEXT NOT NULL CHECK (position_group IN ('lanh-dao', 'chuyen-mon', 'dang-doan-the')),
  can_lead      INTEGER NOT NULL CHECK (can_lead IN (0, 1)),
  legacy_titles TEXT NOT NULL CHECK (json_valid(legacy_titles)),
  note          TEXT,
  search_key    TEXT NOT NULL,
  CHECK (NOT (position_group = 'dang-doan-the' AND can_lead = 1))
);
INSERT INTO positions VALUES('chu-tich','Chủ tịch UBND xã','lanh-dao',1,'["Chủ tịch UBND"]','Lãnh đạo UBND xã.','chu tich ubnd xa chu tich ubnd');
INSERT INTO positions VALUES('pho-chu-tich','Phó Chủ tịch UBND xã','lanh-dao',1,'["Phó Chủ tịch UBND"]','Lãnh đạo UBND xã. Giám đốc Trung tâm phục vụ hành chính công là chức vụ tương đương Trưởng phòng (NQ 332/NQ-CP, NĐ 367/2025/NĐ-CP), không còn do Phó Chủ tịch kiêm nhiệm.','pho chu tich ubnd xa pho chu tich ubnd');
INSERT INTO positions VALUES('van-phong','Văn phòng HĐND và UBND','chuyen-mon',1,'["Văn phòng - thống kê","Tư pháp - hộ tịch"]','Văn phòng, văn thư, tư pháp, đối ngoại (NĐ 150/2025/NĐ-CP).','van phong hdnd va ubnd van phong - thong ke tu phap - ho tich');
INSERT INTO positions VALUES('kinh-te','Phòng Kinh tế','chuyen-mon',1,'["Tài chính - kế toán","Địa chính - nông nghiệp - xây dựng và môi trường"]','Tài chính, kế hoạch, nông nghiệp, xây dựng, môi trường.','phong kinh te tai chinh - ke toan dia chinh - nong nghiep - xay dung va moi truong');
INSERT INTO positions VALUES('van-hoa-xa-hoi','Phòng Văn hóa - Xã hội','chuyen-mon',1,'["Văn hóa - xã hội","Văn phòng - thống kê"]','Văn hóa, xã hội; từ 01/7/2025 cả tổ chức, cán bộ, kiểm soát TTHC và cải cách hành chính (TT 10/2025/TT-BNV).','phong van hoa - xa hoi van hoa - xa hoi van phong - thong ke');
INSERT INTO positions VALUES('ttpvhcc','Trung tâm phục vụ hành chính công','chuyen-mon',1,'["Bộ phận Tiếp nhận và Trả kết quả (một cửa)","Tư pháp - hộ tịch","Địa chính - nông nghiệp - xây dựng và môi trường"]','Tiếp nhận, giải quyết TTHC theo cơ chế một cửa, một cửa liên thông; công chức chuyên môn thường trực tại Bộ phận Một cửa chuyển sang.','trung tam phuc vu hanh chinh cong bo phan tiep nhan va tra ket qua (mot cua) tu phap - ho tich dia chinh - nong nghiep - xay dung va moi truong');
INSERT INTO positions VALUES('quan-su','Ban Chỉ huy Quân sự xã','chuyen-mon',1,'["Chỉ huy trưởng Ban Chỉ huy Quân sự"]','Quốc phòng, quân sự địa phương.','ban chi huy quan su xa chi huy truong ban chi huy quan su');
INSERT INTO positions VALUES('dang-uy','Đảng ủy xã','dang-doan-the',0,'["Bí thư Đảng ủy","Phó Bí thư Đảng ủy"]','Chỉ phối hợp, không chủ trì nhiệm vụ của UBND.','dang uy xa bi thu dang uy pho bi thu dang uy');
INSERT INTO positions VALUES('hdnd','Thường trực HĐND xã','dang-doan-the',0,'["Chủ tịch HĐND","Phó Chủ tịch HĐND"]','Chỉ phối hợp, không chủ trì nhiệm vụ của UBND.','thuong truc hdnd xa chu tich hdnd pho chu tich hdnd');
INSERT INTO positions VALUES('mttq','Ủy ban Mặt trận Tổ quốc Việt Nam xã','dang-doan-the',0,'["Chủ tịch Ủy ban MTTQ Việt Nam"]','Chỉ phối hợp (phản biện, giám sát, tuyên truyền).','uy ban mat tran to quoc viet nam xa chu tich uy ban mttq viet nam');
INSERT INTO positions VALUES('doan-hoi','Các tổ chức chính trị - xã hội','dang-doan-the',0,'["Bí thư Đoàn TNCS Hồ Chí Minh","Chủ tịch Hội Liên hiệp Phụ nữ","Chủ tịch Hội Nông dân","Chủ tịch Hội Cựu chiến binh"]','Chỉ phối hợp (tuyên truyền, vận động).','cac to chuc chinh tri - xa hoi bi thu doan tncs ho chi minh chu tich hoi lien hiep phu nu chu tich hoi nong dan chu tich hoi cuu chien binh');
CREATE TABLE officials (
  id           TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
  unit_id      TEXT NOT NULL REFERENCES unit(id),
  name         TEXT NOT NULL CHECK (name <> ''),
  position_id  TEXT NOT NULL REFERENCES positions(id),
  legacy_title TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('can-bo', 'cong-chuc')),
  role         TEXT NOT NULL CHECK (role IN ('viewer', 'official', 'chair')),
  capacity     INTEGER NOT NULL CHECK (capacity BETWEEN 0 AND 744),
  active       INTEGER NOT NULL CHECK (active IN (0, 1)),
  vacant       INTEGER NOT NULL DEFAULT 0 CHECK (vacant IN (0, 1)),
  note         TEXT,
  search_key   TEXT NOT NULL,
  version      INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  CHECK (NOT (vacant = 1 AND active = 1))
);
INSERT INTO officials VALUES('chu-tich','ba-trang','Phạm Văn Thích','chu-tich','Chủ tịch UBND','can-bo','chair',16,1,0,'Người ký báo cáo sơ kết 2021–2025.','chu-tich pham van thich chu tich ubnd',1);
INSERT INTO officials VALUES('pho-chu-tich-1','ba-trang','Phó Chủ tịch UBND xã','pho-chu-tich','Phó Chủ tịch UBND','can-bo','chair',16,1,0,NULL,'pho-chu-tich-1 pho chu tich ubnd xa pho chu tich ubnd',1);
INSERT INTO officials VALUES('bi-thu-dang-uy','ba-trang','Bí thư Đảng ủy xã','dang-uy','Bí thư Đảng ủy','can-bo','official',16,1,0,NULL,'bi-thu-dang-uy bi thu dang uy xa bi thu dang uy',1);
INSERT INTO officials VALUES('pho-bi-thu-dang-uy','ba-trang','Phó Bí thư Đảng ủy xã','dang-uy','Phó Bí thư Đảng ủy','can-bo','official',16,1,0,NULL,'pho-bi-thu-dang-uy pho bi thu dang uy xa pho bi thu dang uy',1);
INSERT INTO officials VALUES('chu-tich-hdnd','ba-trang','Chủ tịch HĐND xã','hdnd','Chủ tịch HĐND','can-bo','official',16,1,0,NULL,'chu-tich-hdnd chu tich hdnd xa chu tich hdnd',1);
INSERT INTO officials VALUES('pho-chu-tich-hdnd','ba-trang','Phó Chủ tịch HĐND xã (khuyết)','hdnd','Phó Chủ tịch HĐND','can-bo','official',16,0,1,'Báo cáo ghi "thiếu 01 cán bộ" mà không nêu chức danh; chức danh khuyết ở đây là giả định, Chủ tịch sửa khi cần.','pho-chu-tich-hdnd pho chu tich hdnd xa (khuyet) pho chu tich hdnd',1);
INSERT INTO officials VALUES('chu-tich-mttq','ba-trang','Chủ tịch Ủy ban MTTQ Việt Nam xã','mttq','Chủ tịch Ủy ban MTTQ Việt Nam','can-bo','official',16,1,0,NULL,'chu-tich-mttq chu tich uy ban mttq viet nam xa chu tich uy ban mttq viet nam',1);
INSERT INTO officials VALUES('bi-thu-doan','ba-trang','Bí thư Đoàn TNCS Hồ Chí Minh xã','doan-hoi','Bí thư Đoàn TNCS Hồ Chí Minh','can-bo','official',16,1,0,NULL,'bi-thu-doan bi thu doan tncs ho chi minh xa bi thu doan tncs ho chi minh',1);
INSERT INTO officials VALUES('chu-tich-hoi-phu-nu','ba-trang','Chủ tịch Hội Liên hiệp Phụ nữ xã','doan-hoi','Chủ tịch Hội Liên hiệp Phụ nữ','can-bo','official',16,1,0,NULL,'chu-tich-hoi-phu-nu chu tich hoi lien hiep phu nu xa chu tich hoi lien hiep phu nu',1);
INSERT INTO officials VALUES('chu-tich-hoi-nong-dan','ba-trang','Chủ tịch Hội Nông dân xã','doan-hoi','Chủ tịch Hội Nông dân','can-bo','official',16,1,0,NULL,'chu-tich-hoi-nong-dan chu tich hoi nong dan xa chu tich hoi nong dan',1);
INSERT INTO officials VALUES('chu-tich-hoi-ccb','ba-trang','Chủ tịch Hội Cựu chiến binh xã','doan-hoi','Chủ tịch Hội Cựu chiến binh','can-bo','official',16,1,0,NULL,'chu-tich-hoi-ccb chu tich hoi cuu chien binh xa chu tich hoi cuu chien binh',1);
INSERT INTO officials VALUES('van-phong-1','ba-trang','Công chức Văn phòng - thống kê','van-phong','Văn phòng - thống kê','cong-chuc','official',16,1,0,NULL,'van-phong-1 cong chuc van phong - thong ke van phong - thong ke',1);
INSERT INTO officials VALUES('noi-vu-1','ba-trang','Công chức Văn phòng - thống kê (nội vụ, CCHC)','van-hoa-xa-hoi','Văn phòng - thống kê','cong-chuc','official',16,1,0,NULL,'noi-vu-1 cong chuc van phong - thong ke (noi vu, cchc) van phong - thong ke',1);
INSERT INTO officials VALUES('tu-phap-1','ba-trang','Công chức Tư pháp - hộ tịch','van-phong','Tư pháp - hộ tịch','cong-chuc','official',16,1,0,NULL,'tu-phap-1 cong chuc tu phap - ho tich tu phap - ho tich',1);
INSERT INTO officials VALUES('ttpvhcc-1','ba-trang','Công chức Tư pháp - hộ tịch (một cửa)','ttpvhcc','Tư pháp - hộ tịch','cong-chuc','official',16,1,0,NULL,'ttpvhcc-1 cong chuc tu phap - ho tich (mot cua) tu phap - ho tich',1);
INSERT INTO officials VALUES('dia-chinh-1','ba-trang','Công chức Địa chính - nông nghiệp - xây dựng và môi trường','kinh-te','Địa chính - nông nghiệp - xây dựng và môi trường','cong-chuc','official',16,1,0,NULL,'dia-chinh-1 cong chuc dia chinh - nong nghiep - xay dung va moi truong dia chinh - nong nghiep - xay dung va moi truong',1);
INSERT INTO officials VALUES('ttpvhcc-2','ba-trang','Công chức Địa chính - nông nghiệp - xây dựng và môi trường (một cửa)','ttpvhcc','Địa chính - nông nghiệp - xây dựng và môi trường','cong-chuc','official',16,1,0,NULL,'ttpvhcc-2 cong chuc dia chinh - nong nghiep - xay dung va moi truong (mot cua) dia chinh - nong nghiep - xay dung va moi truong',1);
INSERT INTO officials VALUES('tai-chinh-1','ba-trang','Công chức Tài chính - kế toán','kinh-te','Tài chính - kế toán','cong-chuc','official',16,1,0,NULL,'tai-chinh-1 cong chuc tai chinh - ke toan tai chinh - ke toan',1);
INSERT INTO officials VALUES('van-hoa-1','ba-trang','Công chức Văn hóa - xã hội','van-hoa-xa-hoi','Văn hóa - xã hội','cong-chuc','official',16,1,0,NULL,'van-hoa-1 cong chuc van hoa - xa hoi van hoa - xa hoi',1);
INSERT INTO officials VALUES('van-hoa-2','ba-trang','Công chức Văn hóa - xã hội (lao động, chính sách)','van-hoa-xa-hoi','Văn hóa - xã hội','cong-chuc','official',16,1,0,NULL,'van-hoa-2 cong chuc van hoa - xa hoi (lao dong, chinh sach) van hoa - xa hoi',1);
INSERT INTO officials VALUES('quan-su-1','ba-trang','Chỉ huy trưởng Ban Chỉ huy Quân sự xã','quan-su','Chỉ huy trưởng Ban Chỉ huy Quân sự','cong-chuc','official',12,1,0,NULL,'quan-su-1 chi huy truong ban chi huy quan su xa chi huy truong ban chi huy quan su',2);
CREATE TABLE official_skills (
  official_id TEXT NOT NULL REFERENCES officials(id) ON DELETE CASCADE,
  skill_id    TEXT NOT NULL REFERENCES skills(id),
  PRIMARY KEY (official_id, skill_id)
) WITHOUT ROWID;
INSERT INTO official_skills VALUES('bi-thu-doan','tuyen-truyen');
INSERT INTO official_skills VALUES('chu-tich','cchc');
INSERT INTO official_skills VALUES('chu-tich','noi-vu');
INSERT INTO official_skills VALUES('chu-tich-hdnd','phap-luat');
INSERT INTO official_skills VALUES('chu-tich-hoi-ccb','tuyen-truyen');
INSERT INTO official_skills VALUES('chu-tich-hoi-nong-dan','tuyen-truyen');
INSERT INTO official_skills VALUES('chu-tich-hoi-phu-nu','tuyen-truyen');
INSERT INTO official_skills VALUES('chu-tich-mttq','tuyen-truyen');
INSERT INTO official_skills VALUES('dia-chinh-1','dia-chinh');
INSERT INTO official_skills VALUES('noi-vu-1','cchc');
INSERT INTO official_skills VALUES('noi-vu-1','noi-vu');
INSERT INTO official_skills VALUES('noi-vu-1','thong-ke');
INSERT INTO official_skills VALUES('noi-vu-1','tthc');
INSERT INTO official_skills VALUES('pho-chu-tich-1','cchc');
INSERT INTO official_skills VALUES('pho-chu-tich-1','tthc');
INSERT INTO official_skills VALUES('quan-su-1','quan-su');
INSERT INTO official_skills VALUES('tai-chinh-1','tai-chinh');
INSERT INTO official_skills VALUES('ttpvhcc-1','cntt');
INSERT INTO official_skills VALUES('ttpvhcc-1','ho-tich');
INSERT INTO official_skills VALUES('ttpvhcc-1','phap-luat');
INSERT INTO official_skills VALUES('ttpvhcc-1','tthc');
INSERT INTO official_skills VALUES('ttpvhcc-2','dia-chinh');
INSERT INTO official_skills VALUES('ttpvhcc-2','tthc');
INSERT INTO official_skills VALUES('tu-phap-1','ho-tich');
INSERT INTO official_skills VALUES('tu-phap-1','phap-luat');
INSERT INTO official_skills VALUES('van-hoa-1','cntt');
INSERT INTO official_skills VALUES('van-hoa-1','tuyen-truyen');
INSERT INTO official_skills VALUES('van-hoa-2','noi-vu');
INSERT INTO official_skills VALUES('van-hoa-2','xa-hoi');
INSERT INTO official_skills VALUES('van-phong-1','cntt');
INSERT INTO official_skills VALUES('van-phong-1','thong-ke');
INSERT INTO official_skills VALUES('van-phong-1','van-thu');
CREATE TABLE areas (
  id          INTEGER PRIMARY KEY NOT NULL CHECK (id BETWEEN 0 AND 6),
  code        TEXT NOT NULL UNIQUE CHECK (code <> ''),
  name        TEXT NOT NULL CHECK (name <> ''),
  local_name  TEXT NOT NULL CHECK (local_name <> ''),
  reform_area INTEGER NOT NULL CHECK (reform_area IN (0, 1)),
  description TEXT,
  search_key  TEXT NOT NULL,
  CHECK ((id = 0) = (reform_area = 0))
);
INSERT INTO areas VALUES(0,'chi-dao','Công tác chỉ đạo, điều hành cải cách hành chính','Công tác chỉ đạo, điều hành',0,'Các công cụ lặp lại hằng năm mà xã đã thực hiện giai đoạn 2021–2025 (Phần thứ nhất của báo cáo) và chế độ báo cáo CCHC định kỳ.','cong tac chi dao, dieu hanh cai cach hanh chinh cong tac chi dao, dieu hanh');
INSERT INTO areas VALUES(1,'the-che','Cải cách thể chế','Về cải cách thể chế',1,NULL,'cai cach the che ve cai cach the che');
INSERT INTO areas VALUES(2,'tthc','Cải cách thủ tục hành chính','Về cải cách thủ tục hành chính',1,NULL,'cai cach thu tuc hanh chinh ve cai cach thu tuc hanh chinh');
INSERT INTO areas VALUES(3,'bo-may','Cải cách tổ chức bộ máy hành chính nhà nước','Về tổ chức bộ máy hành chính nhà nước',1,NULL,'cai cach to chuc bo may hanh chinh nha nuoc ve to chuc bo may hanh chinh nha nuoc');
INSERT INTO areas VALUES(4,'cong-vu','Cải cách chế độ công vụ','Về cải cách chế độ công vụ',1,NULL,'cai cach che do cong vu ve cai cach che do cong vu');
INSERT INTO areas VALUES(5,'tai-chinh','Cải cách tài chính công','Về cải cách tài chính công',1,NULL,'cai cach tai chinh cong ve cai cach tai chinh cong');
INSERT INTO areas VALUES(6,'cqs','Xây dựng và phát triển Chính phủ điện tử, Chính phủ số','Về xây dựng và phát triển Chính quyền điện tử, Chính quyền số',1,NULL,'xay dung va phat trien chinh phu dien tu, chinh phu so ve xay dung va phat trien chinh quyen dien tu, chinh quyen so');
CREATE TABLE baseline_figures (
  key    TEXT PRIMARY KEY NOT NULL CHECK (key <> ''),
  name   TEXT NOT NULL,
  value  REAL NOT NULL,
  unit   TEXT NOT NULL,
  period TEXT NOT NULL,
  line   INTEGER NOT NULL CHECK (line >= 1),
  text   TEXT NOT NULL,
  note   TEXT
);
INSERT INTO baseline_figures VALUES('tthc.hoSo.tong','Hồ sơ TTHC đã tiếp nhận, xử lý',2561.0,'hồ sơ','15/12/2020–01/4/2025',548,'2.561',NULL);
INSERT INTO baseline_figures VALUES('tthc.hoSo.trucTuyen','Hồ sơ tiếp nhận trực tuyến',1667.0,'hồ sơ','15/12/2020–01/4/2025',548,'1.667/2.561',NULL);
INSERT INTO baseline_figures VALUES('tthc.hoSo.trucTuyen.tyLe','Tỷ lệ hồ sơ tiếp nhận trực tuyến',65.09000000000000341,'%','15/12/2020–01/4/2025',550,'65,09%','1.667/2.561 = 65,09% (khớp).');
INSERT INTO baseline_figures VALUES('tthc.hoSo.khongPhuThuocDiaGioi','Hồ sơ không phụ thuộc địa giới hành chính',135.0,'hồ sơ','2021–2025',562,'135/2.561','Kỳ ghi "giai đoạn 2021 – 2025", trong khi tổng 2.561 hồ sơ tính cho 15/12/2020–01/4/2025.');
INSERT INTO baseline_figures VALUES('tthc.hoSo.khongPhuThuocDiaGioi.tyLe','Tỷ lệ hồ sơ không phụ thuộc địa giới hành chính',5.2000000000000001776,'%','2021–2025',564,'5,2%','Báo cáo ghi 5,2%; 135/2.561 = 5,27%. Giữ số của báo cáo.');
INSERT INTO baseline_figures VALUES('tthc.hoSo.bcci','Hồ sơ qua dịch vụ bưu chính công ích',0.0,'hồ sơ','2021–2025',558,'không có phát sinh hồ sơ TTHC qua dịch vụ BCCI',NULL);
INSERT INTO baseline_figures VALUES('tthc.phanAnhKienNghi','Phản ánh, kiến nghị về quy định, giải quyết TTHC',0.0,'trường hợp','2021–2025',380,'không có tiếp nhận phản ánh, kiến nghị','Nhắc lại ở dòng 627–629.');
INSERT INTO baseline_figures VALUES('tthc.hoSo.nhapPhanMemMotCua.tyLe','TTHC được nhập trên phần mềm một cửa',100.0,'%','thời điểm báo cáo (2025)',364,'100% TTHC được nhập trên phần mềm một cửa',NULL);
INSERT INTO baseline_figures VALUES('dvctt.tong','Dịch vụ công trực tuyến',100.0,'dịch vụ','thời điểm báo cáo (2025)',540,'100 dịch vụ công trực tuyến','Báo cáo ghi 100 = 77 một phần + 33 toàn trình, nhưng 77 + 33 = 110. Giữ số của báo cáo.');
INSERT INTO baseline_figures VALUES('dvctt.motPhan','Dịch vụ công trực tuyến một phần',77.0,'dịch vụ','thời điểm báo cáo (2025)',542,'77 dịch vụ công trực tuyến một phần','77 + 33 = 110 ≠ 100 (tổng báo cáo ghi).');
INSERT INTO baseline_figures VALUES('dvctt.toanTrinh','Dịch vụ công trực tuyến toàn trình',33.0,'dịch vụ','thời điểm báo cáo (2025)',542,'33 địch vụ công trực tuyến toàn','77 + 33 = 110 ≠ 100. Chỉ 33/100 toàn trình trong khi tỷ lệ mức độ 3–4 ghi "trên 80%".');
INSERT INTO baseline_figures VALUES('dvctt.mucDo34.tyLe','Tỷ lệ dịch vụ công trực tuyến mức độ 3 và 4 (hằng năm, trên)',80.0,'%','2021–2025',943,'trên 80%','Báo cáo ghi "hằng năm đạt trên 80%": 80 là ngưỡng dưới, không phải số đo.');
INSERT INTO baseline_figures VALUES('hoSo.soHoaThanhPhan.tyLe.giaiDoan','Tỷ lệ hồ sơ số hóa đầy đủ thành phần khi tiếp nhận',71.23000000000000398,'%','2020–2025',615,'71,23%',NULL);
INSERT INTO baseline_figures VALUES('hoSo.soHoaKetQua.tyLe.giaiDoan','Tỷ lệ số hóa kết quả hồ sơ',69.239999999999994884,'%','2020–2025',617,'69,24%',NULL);
INSERT INTO baseline_figures VALUES('hoSo.soHoaThanhPhan.tyLe.2025','Tỷ lệ hồ sơ số hóa đầy đủ thành phần khi tiếp nhận, năm 2025',100.0,'%','2025',621,'100%','Cũng ghi 100% "đến thời điểm báo cáo" ở dòng 366–368 và 953–955.');
INSERT INTO baseline_figures VALUES('hoSo.soHoaKetQua.tyLe.2025','Tỷ lệ số hóa kết quả hồ sơ, năm 2025',100.0,'%','2025',621,'100%',NULL);
INSERT INTO baseline_figures VALUES('haiLong.tyLe','Tỷ lệ hài lòng của người dân, tổ chức',100.0,'%','hằng năm',398,'100%','Mâu thuẫn với dòng 570 ("hằng năm đạt từ 90-100%"). Giữ cả hai số của báo cáo.');
INSERT INTO baseline_figures VALUES('haiLong.tyLe.khoang.thap','Mức độ hài lòng về giải quyết TTHC, cận dưới',90.0,'%','hằng năm',570,'90-100%','Khoảng 90–100% (dòng 570) mâu thuẫn với 100% (dòng 398).');
INSERT INTO baseline_figures VALUES('haiLong.tyLe.khoang.cao','Mức độ hài lòng về giải quyết TTHC, cận trên',100.0,'%','hằng năm',570,'90-100%','Khoảng 90–100% (dòng 570).');
INSERT INTO baseline_figures VALUES('doiThoai.hoiNghi.toiThieu','Hội nghị đối thoại với tổ chức, cá nhân về TTHC (tối thiểu)',2.0,'hội nghị/năm','hằng năm',469,'từ 2','"từ 2 hội nghị trở lên theo quy định".');
INSERT INTO baseline_figures VALUES('tthc.chiPhiTuanThu.catGiam.mucTieu','Mục tiêu cắt giảm chi phí tuân thủ TTHC (tối thiểu)',10.0,'%','2025',437,'10%','Mục tiêu của kế hoạch rà soát TTHC năm 2025 (KH 19/KH-UBND tỉnh), không phải kết quả đo.');
INSERT INTO baseline_figures VALUES('vanBanDienTu.tyLe','Tỷ lệ văn bản điện tử trao đổi trên môi trường mạng',100.0,'%','thời điểm báo cáo (2025)',927,'100%','Nhắc lại ở dòng 973–975 (100% văn bản đến và đi).');
INSERT INTO baseline_figures VALUES('canBoCongChuc.dinhBien','Định biên cán bộ, công chức',21.0,'người','thời điểm báo cáo (2025)',797,'21 định biên','10 + 10 + 1 khuyết = 21 (khớp).');
INSERT INTO baseline_figures VALUES('canBo.hienCo','Cán bộ hiện có',10.0,'người','thời điểm báo cáo (2025)',799,'10 cán bộ',NULL);
INSERT INTO baseline_figures VALUES('congChuc.hienCo','Công chức hiện có',10.0,'người','thời điểm báo cáo (2025)',801,'10 công chức',NULL);
INSERT INTO baseline_figures VALUES('canBo.thieu','Cán bộ còn thiếu',1.0,'người','thời điểm báo cáo (2025)',803,'Thiếu 01 cán bộ','Báo cáo không nêu chức danh khuyết.');
INSERT INTO baseline_figures VALUES('trinhDo.daiHoc','Cán bộ, công chức có bằng đại học',19.0,'người','thời điểm báo cáo (2025)',805,'19 người có bằng đại học','19 + 1 cao đẳng = 20 người hiện có (khớp).');
INSERT INTO baseline_figures VALUES('trinhDo.thacSy','Trong đó thạc sỹ',2.0,'người','thời điểm báo cáo (2025)',807,'02 thạc sỹ',NULL);
INSERT INTO baseline_figures VALUES('trinhDo.caoDang','Trình độ cao đẳng',1.0,'người','thời điểm báo cáo (2025)',807,'01 người có trình độ Cao Đẳng',NULL);
INSERT INTO baseline_figures VALUES('llct.soCap','Lý luận chính trị sơ cấp',3.0,'người','thời điểm báo cáo (2025)',809,'03 sơ cấp','3 + 17 = 20 (khớp).');
INSERT INTO baseline_figures VALUES('llct.trungCap','Lý luận chính trị trung cấp',17.0,'người','thời điểm báo cáo (2025)',809,'17 trung cấp',NULL);
INSERT INTO baseline_figures VALUES('motCua.mayTinh','Máy tính tại Bộ phận Một cửa',3.0,'máy','thời điểm báo cáo (2025)',348,'03 máy',NULL);
INSERT INTO baseline_figures VALUES('motCua.mayIn','Máy in tại Bộ phận Một cửa',1.0,'máy','thời điểm báo cáo (2025)',350,'01 máy in',NULL);
INSERT INTO baseline_figures VALUES('motCua.mayScan','Máy scan tại Bộ phận Một cửa',1.0,'máy','thời điểm báo cáo (2025)',350,'01 máy scan',NULL);
INSERT INTO baseline_figures VALUES('motCua.thieu.mayTinh','Máy tính còn thiếu tại Bộ phận Một cửa',2.0,'máy','thời điểm báo cáo (2025)',352,'02 máy tính',NULL);
INSERT INTO baseline_figures VALUES('motCua.thieu.mayIn','Máy in còn thiếu tại Bộ phận Một cửa',1.0,'máy','thời điểm báo cáo (2025)',354,'01 máy in',NULL);
INSERT INTO baseline_figures VALUES('motCua.nhanSu','Nhân sự Bộ phận Một cửa',5.0,'người','thời điểm báo cáo (2025)',358,'05 nhân sự',NULL);
INSERT INTO baseline_figures VALUES('kyLuat.canBoCongChuc','Cán bộ, công chức bị kỷ luật',0.0,'người','2021–2025',783,'không có cán bộ',NULL);
INSERT INTO baseline_figures VALUES('sangKien.cchc','Sáng kiến, mô hình CCHC',0.0,'sáng kiến','2021–2025',655,'tuy nhiên các mô hình, sáng','"các mô hình, sáng kiến kinh nghiệm chưa có" (dòng 655–657; nhắc lại dòng 1101).');
CREATE TABLE indicators (
  id         TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
  name       TEXT NOT NULL CHECK (name <> ''),
  unit       TEXT NOT NULL,
  note       TEXT,
  search_key TEXT NOT NULL
);
INSERT INTO indicators VALUES('ho-so-truc-tuyen','Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến','%','Báo cáo không đặt chỉ tiêu 2026–2030; mức của Nghị quyết 76 cho năm 2030 chưa được đối chiếu.','ty le ho so tthc tiep nhan truc tuyen');
INSERT INTO indicators VALUES('so-hoa-thanh-phan','Tỷ lệ hồ sơ số hóa đầy đủ thành phần khi tiếp nhận','%',NULL,'ty le ho so so hoa day du thanh phan khi tiep nhan');
INSERT INTO indicators VALUES('so-hoa-ket-qua','Tỷ lệ số hóa kết quả giải quyết TTHC','%',NULL,'ty le so hoa ket qua giai quyet tthc');
INSERT INTO indicators VALUES('hai-long','Mức độ hài lòng của người dân, tổ chức về giải quyết TTHC','%','Nghị quyết 76 đặt ≥ 90% đến 2025; chỉ tiêu 2026–2030 chưa được đối chiếu với văn bản gốc.','muc do hai long cua nguoi dan, to chuc ve giai quyet tthc');
INSERT INTO indicators VALUES('dvc-muc-do-3-4','Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4','%','Chỉ tiêu 2030 của Nghị quyết 76; các năm 2026–2029 chưa xác định.','ty le dich vu cong truc tuyen muc do 3, 4');
INSERT INTO indicators VALUES('van-ban-dien-tu','Tỷ lệ văn bản đến và đi được tiếp nhận, xử lý qua hệ thống điện tử','%',NULL,'ty le van ban den va di duoc tiep nhan, xu ly qua he thong dien tu');
INSERT INTO indicators VALUES('chi-phi-tuan-thu','Cắt giảm chi phí tuân thủ TTHC','%','Mục tiêu ≥ 10% là của kế hoạch rà soát TTHC năm 2025; báo cáo không đặt mức cho 2026–2030.','cat giam chi phi tuan thu tthc');
INSERT INTO indicators VALUES('hoi-nghi-doi-thoai','Số hội nghị đối thoại của Chủ tịch UBND xã về TTHC trong năm','hội nghị',NULL,'so hoi nghi doi thoai cua chu tich ubnd xa ve tthc trong nam');
INSERT INTO indicators VALUES('ho-so-khong-phu-thuoc-dia-gioi','Tỷ lệ hồ sơ không phụ thuộc địa giới hành chính','%',NULL,'ty le ho so khong phu thuoc dia gioi hanh chinh');
CREATE TABLE indicator_baselines (
  indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  baseline_key TEXT NOT NULL REFERENCES baseline_figures(key),
  ordinal      INTEGER NOT NULL,
  PRIMARY KEY (indicator_id, baseline_key)
) WITHOUT ROWID;
INSERT INTO indicator_baselines VALUES('chi-phi-tuan-thu','tthc.chiPhiTuanThu.catGiam.mucTieu',0);
INSERT INTO indicator_baselines VALUES('dvc-muc-do-3-4','dvctt.motPhan',2);
INSERT INTO indicator_baselines VALUES('dvc-muc-do-3-4','dvctt.mucDo34.tyLe',0);
INSERT INTO indicator_baselines VALUES('dvc-muc-do-3-4','dvctt.toanTrinh',3);
INSERT INTO indicator_baselines VALUES('dvc-muc-do-3-4','dvctt.tong',1);
INSERT INTO indicator_baselines VALUES('hai-long','haiLong.tyLe',0);
INSERT INTO indicator_baselines VALUES('hai-long','haiLong.tyLe.khoang.cao',2);
INSERT INTO indicator_baselines VALUES('hai-long','haiLong.tyLe.khoang.thap',1);
INSERT INTO indicator_baselines VALUES('ho-so-khong-phu-thuoc-dia-gioi','tthc.hoSo.khongPhuThuocDiaGioi',1);
INSERT INTO indicator_baselines VALUES('ho-so-khong-phu-thuoc-dia-gioi','tthc.hoSo.khongPhuThuocDiaGioi.tyLe',0);
INSERT INTO indicator_baselines VALUES('ho-so-truc-tuyen','tthc.hoSo.tong',2);
INSERT INTO indicator_baselines VALUES('ho-so-truc-tuyen','tthc.hoSo.trucTuyen',1);
INSERT INTO indicator_baselines VALUES('ho-so-truc-tuyen','tthc.hoSo.trucTuyen.tyLe',0);
INSERT INTO indicator_baselines VALUES('hoi-nghi-doi-thoai','doiThoai.hoiNghi.toiThieu',0);
INSERT INTO indicator_baselines VALUES('so-hoa-ket-qua','hoSo.soHoaKetQua.tyLe.2025',1);
INSERT INTO indicator_baselines VALUES('so-hoa-ket-qua','hoSo.soHoaKetQua.tyLe.giaiDoan',0);
INSERT INTO indicator_baselines VALUES('so-hoa-thanh-phan','hoSo.soHoaThanhPhan.tyLe.2025',1);
INSERT INTO indicator_baselines VALUES('so-hoa-thanh-phan','hoSo.soHoaThanhPhan.tyLe.giaiDoan',0);
INSERT INTO indicator_baselines VALUES('van-ban-dien-tu','vanBanDienTu.tyLe',0);
CREATE TABLE indicator_targets (
  indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  year         INTEGER NOT NULL CHECK (year BETWEEN 2026 AND 2030),
  value        REAL,
  comparator   TEXT CHECK (comparator IN ('>=', '<=', '=')),
  source       TEXT NOT NULL,
  PRIMARY KEY (indicator_id, year),
  CHECK ((value IS NULL) = (comparator IS NULL))
) WITHOUT ROWID;
INSERT INTO indicator_targets VALUES('chi-phi-tuan-thu',2026,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('chi-phi-tuan-thu',2027,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('chi-phi-tuan-thu',2028,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('chi-phi-tuan-thu',2029,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('chi-phi-tuan-thu',2030,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('dvc-muc-do-3-4',2026,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('dvc-muc-do-3-4',2027,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('dvc-muc-do-3-4',2028,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('dvc-muc-do-3-4',2029,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('dvc-muc-do-3-4',2030,90.0,'>=','Nghị quyết 76/NQ-CP: tỷ lệ TTHC cung cấp trực tuyến mức độ 3, 4 đạt tối thiểu 90% đến năm 2030.');
INSERT INTO indicator_targets VALUES('hai-long',2026,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('hai-long',2027,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('hai-long',2028,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('hai-long',2029,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('hai-long',2030,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('ho-so-khong-phu-thuoc-dia-gioi',2026,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('ho-so-khong-phu-thuoc-dia-gioi',2027,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('ho-so-khong-phu-thuoc-dia-gioi',2028,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('ho-so-khong-phu-thuoc-dia-gioi',2029,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('ho-so-khong-phu-thuoc-dia-gioi',2030,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('ho-so-truc-tuyen',2026,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('ho-so-truc-tuyen',2027,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('ho-so-truc-tuyen',2028,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('ho-so-truc-tuyen',2029,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('ho-so-truc-tuyen',2030,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('hoi-nghi-doi-thoai',2026,2.0,'>=','Báo cáo, dòng 467–471: đối thoại "hằng năm được thực hiện từ 2 hội nghị trở lên theo quy định".');
INSERT INTO indicator_targets VALUES('hoi-nghi-doi-thoai',2027,2.0,'>=','Báo cáo, dòng 467–471: đối thoại "hằng năm được thực hiện từ 2 hội nghị trở lên theo quy định".');
INSERT INTO indicator_targets VALUES('hoi-nghi-doi-thoai',2028,2.0,'>=','Báo cáo, dòng 467–471: đối thoại "hằng năm được thực hiện từ 2 hội nghị trở lên theo quy định".');
INSERT INTO indicator_targets VALUES('hoi-nghi-doi-thoai',2029,2.0,'>=','Báo cáo, dòng 467–471: đối thoại "hằng năm được thực hiện từ 2 hội nghị trở lên theo quy định".');
INSERT INTO indicator_targets VALUES('hoi-nghi-doi-thoai',2030,2.0,'>=','Báo cáo, dòng 467–471: đối thoại "hằng năm được thực hiện từ 2 hội nghị trở lên theo quy định".');
INSERT INTO indicator_targets VALUES('so-hoa-ket-qua',2026,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('so-hoa-ket-qua',2027,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('so-hoa-ket-qua',2028,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('so-hoa-ket-qua',2029,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('so-hoa-ket-qua',2030,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('so-hoa-thanh-phan',2026,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('so-hoa-thanh-phan',2027,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('so-hoa-thanh-phan',2028,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('so-hoa-thanh-phan',2029,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('so-hoa-thanh-phan',2030,NULL,NULL,'chưa xác định');
INSERT INTO indicator_targets VALUES('van-ban-dien-tu',2026,100.0,'=','Báo cáo, Phần thứ hai, mục 6 (dòng 1322–1330): "100% văn bản đến và đi được tiếp nhận, xử lý qua hệ thống điện tử".');
INSERT INTO indicator_targets VALUES('van-ban-dien-tu',2027,100.0,'=','Báo cáo, Phần thứ hai, mục 6 (dòng 1322–1330): "100% văn bản đến và đi được tiếp nhận, xử lý qua hệ thống điện tử".');
INSERT INTO indicator_targets VALUES('van-ban-dien-tu',2028,100.0,'=','Báo cáo, Phần thứ hai, mục 6 (dòng 1322–1330): "100% văn bản đến và đi được tiếp nhận, xử lý qua hệ thống điện tử".');
INSERT INTO indicator_targets VALUES('van-ban-dien-tu',2029,100.0,'=','Báo cáo, Phần thứ hai, mục 6 (dòng 1322–1330): "100% văn bản đến và đi được tiếp nhận, xử lý qua hệ thống điện tử".');
INSERT INTO indicator_targets VALUES('van-ban-dien-tu',2030,100.0,'=','Báo cáo, Phần thứ hai, mục 6 (dòng 1322–1330): "100% văn bản đến và đi được tiếp nhận, xử lý qua hệ thống điện tử".');
CREATE TABLE plan_items (
  id                  TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
  area_id             INTEGER NOT NULL REFERENCES areas(id),
  ordinal             INTEGER NOT NULL,
  kind                TEXT NOT NULL CHECK (kind IN ('task', 'solution')),
  title               TEXT NOT NULL CHECK (title <> ''),
  text                TEXT NOT NULL CHECK (text <> ''),
  source_sentence     TEXT,
  source_first_line   INTEGER CHECK (source_first_line >= 1),
  source_last_line    INTEGER CHECK (source_last_line >= source_first_line),
  source_reference    TEXT,
  recurrence          TEXT NOT NULL
    CHECK (recurrence IN ('year', 'half-year', 'quarter', 'month', 'continuous', 'once')),
  recurrence_month    INTEGER CHECK (recurrence_month BETWEEN 1 AND 12),
  recurrence_day      INTEGER CHECK (recurrence_day BETWEEN 1 AND 31),
  recurrence_quarters TEXT CHECK (recurrence_quarters IS NULL OR json_valid(recurrence_quarters)),
  recurrence_due      TEXT CHECK (recurrence_due IS NULL OR date(recurrence_due, '+0 days') IS recurrence_due),
  recurrence_basis    TEXT,
  effort              INTEGER NOT NULL CHECK (effort BETWEEN 0 AND 744),
  note                TEXT,
  search_key          TEXT NOT NULL,
  UNIQUE (area_id, ordinal),
  CHECK (source_sentence IS NOT NULL OR source_reference IS NOT NULL),
  CHECK (source_sentence IS NULL OR instr(source_sentence, text) > 0),
  CHECK ((recurrence = 'year') = (recurrence_month IS NOT NULL)),
  CHECK ((recurrence = 'once') = (recurrence_due IS NOT NULL))
);
INSERT INTO plan_items VALUES('0.1',0,0,'task','Ban hành kế hoạch CCHC năm','hằng năm thực hiện ban hành các quyết định về kế hoạch CCHC cho từng năm để làm căn cứ triển khai thực hiện công tác CCHC trên địa bàn xã','Trên cơ sở đó, Uỷ ban nhân dân xã đã xây dựng và ban hành Quyết định số 143/QĐ-UBND ngày 14/9/2021 của Uỷ ban nhân dân xã về ban hành Kế hoạch cải cách hành chính xã Ba Trang giai đoạn 2021 – 2025 và hằng năm thực hiện ban hành các quyết định về kế hoạch CCHC cho từng năm để làm căn cứ triển khai thực hiện công tác CCHC trên địa bàn xã.',68,77,NULL,'year',1,31,NULL,NULL,'hằng năm',8,NULL,'0.1 ban hanh ke hoach cchc nam hang nam thuc hien ban hanh cac quyet dinh ve ke hoach cchc cho tung nam de lam can cu trien khai thuc hien cong tac cchc tren dia ban xa');
INSERT INTO plan_items VALUES('0.2',0,1,'task','Kế hoạch kiểm tra CCHC và tổ tự kiểm tra','UBND xã xây dựng kế hoạch và tổ chức triển khai kế hoạch kiểm tra hằng năm; thành lập tổ tự kiểm tra nội bộ và phân công nhiệm vụ cho từng thành viên kiểm tra','- UBND xã xây dựng kế hoạch và tổ chức triển khai kế hoạch kiểm tra hằng năm; thành lập tổ tự kiểm tra nội bộ và phân công nhiệm vụ cho từng thành viên kiểm tra nhằm mục đích đánh giá khách quan, toàn diện tình hình triển khai các kế hoạch về công tác cải cách hành chính để từ đó có biện pháp, giải pháp chỉ đạo nhằm đẩy mạnh công tác CCHC trong thời gian tiếp theo.',111,119,NULL,'year',2,28,NULL,NULL,'hằng năm',8,NULL,'0.2 ke hoach kiem tra cchc va to tu kiem tra ubnd xa xay dung ke hoach va to chuc trien khai ke hoach kiem tra hang nam; thanh lap to tu kiem tra noi bo va phan cong nhiem vu cho tung thanh vien kiem tra');
INSERT INTO plan_items VALUES('0.3',0,2,'task','Kế hoạch thông tin, tuyên truyền CCHC','Thực hiện tốt việc xây dựng kế hoạch và tổ chức triển khai kế hoạch thông tin, tuyên truyền cải cách hành chính hằng năm cho cán bộ, đảng viên và nhân dân trên địa bàn xã','- Thực hiện tốt việc xây dựng kế hoạch và tổ chức triển khai kế hoạch thông tin, tuyên truyền cải cách hành chính hằng năm cho cán bộ, đảng viên và nhân dân trên địa bàn xã.',137,141,NULL,'year',1,31,NULL,NULL,'hằng năm',6,NULL,'0.3 ke hoach thong tin, tuyen truyen cchc thuc hien tot viec xay dung ke hoach va to chuc trien khai ke hoach thong tin, tuyen truyen cai cach hanh chinh hang nam cho can bo, dang vien va nhan dan tren dia ban xa');
INSERT INTO plan_items VALUES('0.4',0,3,'task','Kế hoạch rà soát, đánh giá TTHC','Hằng năm địa phương thực hiện xây dựng kế hoạch, ban hành và tổ chức thực hiện kế hoạch rà soát, đánh giá thủ tục hành chính theo các quy định của Chính phủ','Hằng năm địa phương thực hiện xây dựng kế hoạch, ban hành và tổ chức thực hiện kế hoạch rà soát, đánh giá thủ tục hành chính theo các quy định của Chính phủ; Thực hiện tốt các quy định của Chính phủ tại Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục hành chính; Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính; Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính; Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính; Kế hoạch số 19/KH-UBND ngày 23/01/2025 của Chủ tịch UBND tỉnh Quảng Ngãi ban hành Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2025 trên địa bàn tỉnh Quảng Ngãi. Theo đó, kế hoạch rà soát, đánh giá thủ tục hành chính thực hiện thường xuyên, có trọng tâm và hiệu quả; bảo đảm TTHC được thực hiện là cần thiết, hợp pháp, hợp lý, chi phí tuân thủ thấp nhất và lợi ích đạt được cao nhất.',402,431,NULL,'year',1,31,NULL,NULL,'hằng năm',8,NULL,'0.4 ke hoach ra soat, danh gia tthc hang nam dia phuong thuc hien xay dung ke hoach, ban hanh va to chuc thuc hien ke hoach ra soat, danh gia thu tuc hanh chinh theo cac quy dinh cua chinh phu');
INSERT INTO plan_items VALUES('0.5',0,4,'task','Hội nghị đối thoại của Chủ tịch UBND xã về TTHC','Việc đối thoại, tổ chức lấy ý kiến và tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức đối với quy định hành chính hằng năm được thực hiện từ 2 hội nghị trở lên theo quy định','- Việc đối thoại, tổ chức lấy ý kiến và tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức đối với quy định hành chính hằng năm được thực hiện từ 2 hội nghị trở lên theo quy định.',467,471,NULL,'half-year',NULL,NULL,NULL,NULL,'hằng năm … từ 2 hội nghị trở lên',8,NULL,'0.5 hoi nghi doi thoai cua chu tich ubnd xa ve tthc viec doi thoai, to chuc lay y kien va tiep nhan, xu ly phan anh, kien nghi cua ca nhan, to chuc doi voi quy dinh hanh chinh hang nam duoc thuc hien tu 2 hoi nghi tro len theo quy dinh');
INSERT INTO plan_items VALUES('0.6',0,5,'task','Kế hoạch đối thoại giữa Chủ tịch UBND xã với tổ chức, cá nhân','hằng năm UBND xã xây dựng kế hoạch đối thoại giữa Chủ tịch UBND xã với tổ chức, cá nhân về thủ tục hành chính và giải quyết thủ tục hành chính','Theo đó, hằng năm UBND xã xây dựng kế hoạch đối thoại giữa Chủ tịch UBND xã với tổ chức, cá nhân về thủ tục hành chính và giải quyết thủ tục hành chính.',471,475,NULL,'year',1,31,NULL,NULL,'hằng năm',4,NULL,'0.6 ke hoach doi thoai giua chu tich ubnd xa voi to chuc, ca nhan hang nam ubnd xa xay dung ke hoach doi thoai giua chu tich ubnd xa voi to chuc, ca nhan ve thu tuc hanh chinh va giai quyet thu tuc hanh chinh');
INSERT INTO plan_items VALUES('0.7',0,6,'task','Kế hoạch số hóa kết quả giải quyết TTHC','Hằng năm xây dựng Kế hoạch số hóa kết quả giải quyết thủ tục hành chính','Hằng năm xây dựng Kế hoạch số hóa kết quả giải quyết thủ tục hành chính Công tác số hóa kết quả giải quyết thủ tục hành chính, tổ chức lưu trữ, khai thác văn bản điện tử hoặc thông tin số đảm bảo đáp ứng các yêu cầu tại khoản 4 Điều 4, Điều 5, Điều 6 Nghị định số 45/2020/NĐ- CP của Chính phủ; tuân thủ quy định của Luật lưu trữ, Nghị định số 01/2013/NĐ-CP ngày 03/3/2013 của Chính phủ quy định chi tiết thi hành một số điều của Luật lưu trữ.',591,603,NULL,'year',1,31,NULL,NULL,'hằng năm',6,NULL,'0.7 ke hoach so hoa ket qua giai quyet tthc hang nam xay dung ke hoach so hoa ket qua giai quyet thu tuc hanh chinh');
INSERT INTO plan_items VALUES('0.8',0,7,'task','Kế hoạch chuyển đổi vị trí công tác','Hàng năm UBND xã xây dựng Kế hoạch về định kỳ chuyển đổi vị trí công tác đối với cán bộ, công chức theo Nghị định 59/2019/NĐ-CP','Hàng năm UBND xã xây dựng Kế hoạch về định kỳ chuyển đổi vị trí công tác đối với cán bộ, công chức theo Nghị định 59/2019/NĐ-CP; thực hiện nâng bậc lương lương thường xuyên theo đúng quy định cho cán bộ, công chức.',767,771,NULL,'year',1,31,NULL,NULL,'hàng năm',4,NULL,'0.8 ke hoach chuyen doi vi tri cong tac hang nam ubnd xa xay dung ke hoach ve dinh ky chuyen doi vi tri cong tac doi voi can bo, cong chuc theo nghi dinh 59/2019/nd-cp');
INSERT INTO plan_items VALUES('0.9',0,8,'task','Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức','Xây dựng và ban hành kế hoạch đào tạo bồi dưỡng hằng năm đối với cán bộ công chức và người hoạt động bán chuyên trách','Xây dựng và ban hành kế hoạch đào tạo bồi dưỡng hằng năm đối với cán bộ công chức và người hoạt động bán chuyên trách.',773,775,NULL,'year',1,31,NULL,NULL,'hằng năm',6,NULL,'0.9 ke hoach dao tao, boi duong can bo, cong chuc xay dung va ban hanh ke hoach dao tao boi duong hang nam doi voi can bo cong chuc va nguoi hoat dong ban chuyen trach');
INSERT INTO plan_items VALUES('0.10',0,9,'task','Kế hoạch tự kiểm tra công tác phân cấp quản lý nhà nước','Hằng năm địa phương thực hiện ban hành kế hoạch tự kiểm tra công tác phân cấp quản lý nhà nước trên địa bàn và triển khai thực hiện','Hằng năm địa phương thực hiện ban hành kế hoạch tự kiểm tra công tác phân cấp quản lý nhà nước trên địa bàn và triển khai thực hiện.',736,738,NULL,'year',3,31,NULL,NULL,'hằng năm',4,NULL,'0.10 ke hoach tu kiem tra cong tac phan cap quan ly nha nuoc hang nam dia phuong thuc hien ban hanh ke hoach tu kiem tra cong tac phan cap quan ly nha nuoc tren dia ban va trien khai thuc hien');
INSERT INTO plan_items VALUES('0.11',0,10,'task','Kế hoạch chuyển đổi số hằng năm','kế hoạch chuyển đổi số hằng năm để tổ chức thực hiện','Ban hành kế hoạch ứng dung công nghệ thông tin trong hoạt động của cơ quan đơn vị; xây dựng kế hoạch chuyển đổi số giai đoạn 2021 – 2025 và kế hoạch chuyển đổi số hằng năm để tổ chức thực hiện.',900,903,NULL,'year',1,31,NULL,NULL,'hằng năm',6,NULL,'0.11 ke hoach chuyen doi so hang nam ke hoach chuyen doi so hang nam de to chuc thuc hien');
INSERT INTO plan_items VALUES('0.12',0,11,'task','Báo cáo CCHC quý I và quý III','Báo cáo kết quả thực hiện CCHC quý I và quý III',NULL,NULL,NULL,'Chế độ báo cáo CCHC định kỳ: quý, 6 tháng, năm (Bộ Nội vụ, Công văn 581/BNV-CCHC; số liệu quý I tính đến 14/3, quý III đến 14/9). Báo cáo sơ kết không nêu.','quarter',NULL,NULL,'[1,3]',NULL,'chế độ báo cáo định kỳ',6,NULL,'0.12 bao cao cchc quy i va quy iii bao cao ket qua thuc hien cchc quy i va quy iii');
INSERT INTO plan_items VALUES('0.13',0,12,'task','Báo cáo CCHC 6 tháng','Báo cáo kết quả thực hiện CCHC 6 tháng đầu năm',NULL,NULL,NULL,'Chế độ báo cáo CCHC định kỳ (Bộ Nội vụ, Công văn 581/BNV-CCHC; số liệu 6 tháng tính đến 14/6). Báo cáo sơ kết không nêu.','year',6,14,NULL,NULL,'chế độ báo cáo định kỳ',8,NULL,'0.13 bao cao cchc 6 thang bao cao ket qua thuc hien cchc 6 thang dau nam');
INSERT INTO plan_items VALUES('0.14',0,13,'task','Báo cáo CCHC năm','Báo cáo kết quả thực hiện CCHC năm',NULL,NULL,NULL,'Chế độ báo cáo CCHC định kỳ (Bộ Nội vụ, Công văn 581/BNV-CCHC; số liệu năm tính đến 14/12). Báo cáo sơ kết không nêu.','year',12,14,NULL,NULL,'chế độ báo cáo định kỳ',12,NULL,'0.14 bao cao cchc nam bao cao ket qua thuc hien cchc nam');
INSERT INTO plan_items VALUES('1.1',1,0,'task','Cụ thể hóa Nghị quyết 76/NQ-CP tại địa phương','Tiếp tục thực hiện nhiệm vụ trong tâm tại Nghị quyết 76 của chinh phủ đã ban hành, cụ thể hoá phù hợp với điều kiện của địa phương','Tiếp tục thực hiện nhiệm vụ trong tâm tại Nghị quyết 76 của chinh phủ đã ban hành, cụ thể hoá phù hợp với điều kiện của địa phương.',1162,1164,NULL,'continuous',NULL,NULL,NULL,NULL,'Tiếp tục',4,NULL,'1.1 cu the hoa nghi quyet 76/nq-cp tai dia phuong tiep tuc thuc hien nhiem vu trong tam tai nghi quyet 76 cua chinh phu da ban hanh, cu the hoa phu hop voi dieu kien cua dia phuong');
INSERT INTO plan_items VALUES('1.2',1,1,'task','Kiểm tra, rà soát văn bản quy phạm pháp luật','Tăng cường kiểm tra, rà soát văn bản quy phạm pháp luật, kịp thời phát hiện và xử lý các quy định chồng chéo, mâu thuẫn, trái pháp luật, hết hiệu lực hoặc không còn phù hợp','Tăng cường kiểm tra, rà soát văn bản quy phạm pháp luật, kịp thời phát hiện và xử lý các quy định chồng chéo, mâu thuẫn, trái pháp luật, hết hiệu lực hoặc không còn phù hợp.',1166,1170,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,4,NULL,'1.2 kiem tra, ra soat van ban quy pham phap luat tang cuong kiem tra, ra soat van ban quy pham phap luat, kip thoi phat hien va xu ly cac quy dinh chong cheo, mau thuan, trai phap luat, het hieu luc hoac khong con phu hop');
INSERT INTO plan_items VALUES('1.3',1,2,'task','Tổ chức thi hành pháp luật, theo dõi tình hình thi hành pháp luật','Ban hành quy định và tổ chức triển khai có hiệu quả công tác tổ chức thi hành pháp luật và theo dõi, đánh giá tình hình thi hành pháp luật hàng năm tại địa phương','Ban hành quy định và tổ chức triển khai có hiệu quả công tác tổ chức thi hành pháp luật và theo dõi, đánh giá tình hình thi hành pháp luật hàng năm tại địa phương.',1172,1176,NULL,'year',1,31,NULL,NULL,'hàng năm',8,NULL,'1.3 to chuc thi hanh phap luat, theo doi tinh hinh thi hanh phap luat ban hanh quy dinh va to chuc trien khai co hieu qua cong tac to chuc thi hanh phap luat va theo doi, danh gia tinh hinh thi hanh phap luat hang nam tai dia phuong');
INSERT INTO plan_items VALUES('1.4',1,3,'solution','Đổi mới kiểm tra trách nhiệm quản lý nhà nước về thi hành pháp luật','Đổi mới công tác kiểm tra, theo dõi, đánh giá việc thực hiện trách nhiệm quản lý nhà nước trong công tác tổ chức thi hành pháp luật','Đổi mới công tác kiểm tra, theo dõi, đánh giá việc thực hiện trách nhiệm quản lý nhà nước trong công tác tổ chức thi hành pháp luật.',1176,1178,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,4,NULL,'1.4 doi moi kiem tra trach nhiem quan ly nha nuoc ve thi hanh phap luat doi moi cong tac kiem tra, theo doi, danh gia viec thuc hien trach nhiem quan ly nha nuoc trong cong tac to chuc thi hanh phap luat');
INSERT INTO plan_items VALUES('1.5',1,4,'task','Phổ biến, giáo dục pháp luật; số hóa công tác PBGDPL','Thực hiện hiệu quả công tác phổ biến, giáo dục pháp luật hằng năm thông qua tăng cường ứng dụng công nghệ thông tin và số hóa công tác phổ biến, giáo dục pháp luật trên địa bàn xã','Thực hiện hiệu quả công tác phổ biến, giáo dục pháp luật hằng năm thông qua tăng cường ứng dụng công nghệ thông tin và số hóa công tác phổ biến, giáo dục pháp luật trên địa bàn xã.',1178,1184,NULL,'year',1,31,NULL,NULL,'hằng năm',8,NULL,'1.5 pho bien, giao duc phap luat; so hoa cong tac pbgdpl thuc hien hieu qua cong tac pho bien, giao duc phap luat hang nam thong qua tang cuong ung dung cong nghe thong tin va so hoa cong tac pho bien, giao duc phap luat tren dia ban xa');
INSERT INTO plan_items VALUES('1.6',1,5,'solution','Tuyên truyền; phản biện, giám sát thi hành pháp luật','Thường xuyên thực hiện tốt công tác tuyên truyền, tăng cường vai trò của người dân, doanh nghiệp, các tổ chức chính trị - xã hội trong phản biện và giám sát thi hành pháp luật trên địa bàn','Thường xuyên thực hiện tốt công tác tuyên truyền, tăng cường vai trò của người dân, doanh nghiệp, các tổ chức chính trị - xã hội trong phản biện và giám sát thi hành pháp luật trên địa bàn',1186,1190,NULL,'continuous',NULL,NULL,NULL,NULL,'Thường xuyên',4,NULL,'1.6 tuyen truyen; phan bien, giam sat thi hanh phap luat thuong xuyen thuc hien tot cong tac tuyen truyen, tang cuong vai tro cua nguoi dan, doanh nghiep, cac to chuc chinh tri - xa hoi trong phan bien va giam sat thi hanh phap luat tren dia ban');
INSERT INTO plan_items VALUES('2.1a',2,0,'task','Kiểm soát quy định TTHC; loại bỏ thủ tục rườm rà','Thực hiện tốt việc kiểm soát các quy định thủ tục hành chính liên quan đến người dân, doanh nghiệp, bảo đảm thủ tục hành chính được đơn giản, dễ hiểu, dễ thực hiện; loại bỏ các thủ tục rườm rà, chồng chéo, gây khó khăn cho người dân, tổ chức','Thực hiện tốt việc kiểm soát các quy định thủ tục hành chính liên quan đến người dân, doanh nghiệp, bảo đảm thủ tục hành chính được đơn giản, dễ hiểu, dễ thực hiện; loại bỏ các thủ tục rườm rà, chồng chéo, gây khó khăn cho người dân, tổ chức; loại bỏ các thành phần hồ sơ không cần thiết, không hợp lý; tích hợp, cắt giảm mạnh các mẫu đơn, tờ khai và các giấy tờ không cần thiết hoặc có nội dung thông tin trùng lặp trên cơ sở ứng dụng các công nghệ số và các cơ sở dữ liệu sẵn có',1194,1206,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,4,NULL,'2.1a kiem soat quy dinh tthc; loai bo thu tuc ruom ra thuc hien tot viec kiem soat cac quy dinh thu tuc hanh chinh lien quan den nguoi dan, doanh nghiep, bao dam thu tuc hanh chinh duoc don gian, de hieu, de thuc hien; loai bo cac thu tuc ruom ra, chong cheo, gay kho khan cho nguoi dan, to chuc');
INSERT INTO plan_items VALUES('2.1b',2,1,'task','Cắt giảm thành phần hồ sơ, mẫu đơn, tờ khai','loại bỏ các thành phần hồ sơ không cần thiết, không hợp lý; tích hợp, cắt giảm mạnh các mẫu đơn, tờ khai và các giấy tờ không cần thiết hoặc có nội dung thông tin trùng lặp trên cơ sở ứng dụng các công nghệ số và các cơ sở dữ liệu sẵn có','Thực hiện tốt việc kiểm soát các quy định thủ tục hành chính liên quan đến người dân, doanh nghiệp, bảo đảm thủ tục hành chính được đơn giản, dễ hiểu, dễ thực hiện; loại bỏ các thủ tục rườm rà, chồng chéo, gây khó khăn cho người dân, tổ chức; loại bỏ các thành phần hồ sơ không cần thiết, không hợp lý; tích hợp, cắt giảm mạnh các mẫu đơn, tờ khai và các giấy tờ không cần thiết hoặc có nội dung thông tin trùng lặp trên cơ sở ứng dụng các công nghệ số và các cơ sở dữ liệu sẵn có',1194,1206,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,4,NULL,'2.1b cat giam thanh phan ho so, mau don, to khai loai bo cac thanh phan ho so khong can thiet, khong hop ly; tich hop, cat giam manh cac mau don, to khai va cac giay to khong can thiet hoac co noi dung thong tin trung lap tren co so ung dung cac cong nghe so va cac co so du lieu san co');
INSERT INTO plan_items VALUES('2.2',2,2,'task','Cập nhật, công khai TTHC','Thường xuyên, kịp thời cập nhật, công khai thủ tục hành chính tại trụ sở và trên trang TTĐT cấp xã','Thường xuyên, kịp thời cập nhật, công khai thủ tục hành chính tại trụ sở và trên trang TTĐT cấp xã',1208,1210,NULL,'continuous',NULL,NULL,NULL,NULL,'Thường xuyên',4,NULL,'2.2 cap nhat, cong khai tthc thuong xuyen, kip thoi cap nhat, cong khai thu tuc hanh chinh tai tru so va tren trang ttdt cap xa');
INSERT INTO plan_items VALUES('2.3a',2,3,'task','Khai thác Cơ sở dữ liệu TTHC trên Cổng Dịch vụ công quốc gia','Thực hiện tốt việc khai thác có hiệu quả Cơ sở dữ liệu thủ tục hành chính trên Cổng Dịch vụ công quốc gia','Thực hiện tốt việc khai thác có hiệu quả Cơ sở dữ liệu thủ tục hành chính trên Cổng Dịch vụ công quốc gia; đổi mới thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',1212,1216,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,4,NULL,'2.3a khai thac co so du lieu tthc tren cong dich vu cong quoc gia thuc hien tot viec khai thac co hieu qua co so du lieu thu tuc hanh chinh tren cong dich vu cong quoc gia');
INSERT INTO plan_items VALUES('2.3b',2,4,'solution','Đổi mới cơ chế một cửa, một cửa liên thông','đổi mới thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính','Thực hiện tốt việc khai thác có hiệu quả Cơ sở dữ liệu thủ tục hành chính trên Cổng Dịch vụ công quốc gia; đổi mới thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',1212,1216,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,4,NULL,'2.3b doi moi co che mot cua, mot cua lien thong doi moi thuc hien co che mot cua, mot cua lien thong trong giai quyet thu tuc hanh chinh');
INSERT INTO plan_items VALUES('3.1',3,0,'task','Sắp xếp, kiện toàn, tinh gọn bộ máy; mỗi việc một tổ chức chủ trì','Thực hiện tốt công tác tổ chức sắp xếp, kiện toàn bộ máy hành chính nhà nước; thực hiện rà soát, sắp xếp, tinh gọn bộ máy tổ chức, giảm đầu mối tổ chức trung gian, khắc phục triệt để sự trùng lắp, chồng chéo chức năng, nhiệm vụ, đảm bảo nguyên tắc một tổ chức có thể đảm nhiệm nhiều việc, nhưng một việc chỉ do một tổ chức chủ trì và chịu trách nhiệm chính','Thực hiện tốt công tác tổ chức sắp xếp, kiện toàn bộ máy hành chính nhà nước; thực hiện rà soát, sắp xếp, tinh gọn bộ máy tổ chức, giảm đầu mối tổ chức trung gian, khắc phục triệt để sự trùng lắp, chồng chéo chức năng, nhiệm vụ, đảm bảo nguyên tắc một tổ chức có thể đảm nhiệm nhiều việc, nhưng một việc chỉ do một tổ chức chủ trì và chịu trách nhiệm chính.',1220,1228,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,4,NULL,'3.1 sap xep, kien toan, tinh gon bo may; moi viec mot to chuc chu tri thuc hien tot cong tac to chuc sap xep, kien toan bo may hanh chinh nha nuoc; thuc hien ra soat, sap xep, tinh gon bo may to chuc, giam dau moi to chuc trung gian, khac phuc triet de su trung lap, chong cheo chuc nang, nhiem vu, dam bao nguyen tac mot to chuc co the dam nhiem nhieu viec, nhung mot viec chi do mot to chuc chu tri va chiu trach nhiem chinh');
INSERT INTO plan_items VALUES('3.2',3,1,'task','Phân cấp, phân quyền trong quản lý nhà nước','Thực hiện tốt công tác phân cấp, phân quyền cho địa phương trong thực hiện nhiệm vụ quản lý nhà nước','Thực hiện tốt công tác phân cấp, phân quyền cho địa phương trong thực hiện nhiệm vụ quản lý nhà nước.',1228,1231,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,4,NULL,'3.2 phan cap, phan quyen trong quan ly nha nuoc thuc hien tot cong tac phan cap, phan quyen cho dia phuong trong thuc hien nhiem vu quan ly nha nuoc');
INSERT INTO plan_items VALUES('3.3a',3,2,'solution','Đổi mới phương thức làm việc; ứng dụng khoa học, công nghệ','Thực hiện tốt các biện pháp đổi mới phương thức làm việc, nâng cao năng suất, hiệu quả hoạt động của cơ quan hành chính nhà nước, ứng dụng mạnh mẽ các tiến bộ khoa học và công nghệ, ứng dụng công nghệ thông tin','Thực hiện tốt các biện pháp đổi mới phương thức làm việc, nâng cao năng suất, hiệu quả hoạt động của cơ quan hành chính nhà nước, ứng dụng mạnh mẽ các tiến bộ khoa học và công nghệ, ứng dụng công nghệ thông tin; tăng cường chỉ đạo, điều hành, xử lý công việc của cơ quan hành chính các cấp trên môi trường số, tổ chức họp, hội nghị bằng hình thức trực tuyến, không giấy tờ.',1231,1239,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,4,NULL,'3.3a doi moi phuong thuc lam viec; ung dung khoa hoc, cong nghe thuc hien tot cac bien phap doi moi phuong thuc lam viec, nang cao nang suat, hieu qua hoat dong cua co quan hanh chinh nha nuoc, ung dung manh me cac tien bo khoa hoc va cong nghe, ung dung cong nghe thong tin');
INSERT INTO plan_items VALUES('3.3b',3,3,'solution','Chỉ đạo, điều hành trên môi trường số; họp trực tuyến, không giấy tờ','tăng cường chỉ đạo, điều hành, xử lý công việc của cơ quan hành chính các cấp trên môi trường số, tổ chức họp, hội nghị bằng hình thức trực tuyến, không giấy tờ','Thực hiện tốt các biện pháp đổi mới phương thức làm việc, nâng cao năng suất, hiệu quả hoạt động của cơ quan hành chính nhà nước, ứng dụng mạnh mẽ các tiến bộ khoa học và công nghệ, ứng dụng công nghệ thông tin; tăng cường chỉ đạo, điều hành, xử lý công việc của cơ quan hành chính các cấp trên môi trường số, tổ chức họp, hội nghị bằng hình thức trực tuyến, không giấy tờ.',1231,1239,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,4,NULL,'3.3b chi dao, dieu hanh tren moi truong so; hop truc tuyen, khong giay to tang cuong chi dao, dieu hanh, xu ly cong viec cua co quan hanh chinh cac cap tren moi truong so, to chuc hop, hoi nghi bang hinh thuc truc tuyen, khong giay to');
INSERT INTO plan_items VALUES('4.1',4,0,'task','Quản lý, sử dụng đội ngũ cán bộ, công chức','Thực hiện tốt quy định về quản lý, sử dụng đội ngũ cán bộ, công chức, theo quy định của Luật Cán bộ, công chức, xây dựng đội ngũ cán bộ, công chức có đủ năng lực, phẩm chất đáp ứng yêu cầu nhiệm vụ tại địa phương','Thực hiện tốt quy định về quản lý, sử dụng đội ngũ cán bộ, công chức, theo quy định của Luật Cán bộ, công chức, xây dựng đội ngũ cán bộ, công chức có đủ năng lực, phẩm chất đáp ứng yêu cầu nhiệm vụ tại địa phương.',1243,1247,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,4,NULL,'4.1 quan ly, su dung doi ngu can bo, cong chuc thuc hien tot quy dinh ve quan ly, su dung doi ngu can bo, cong chuc, theo quy dinh cua luat can bo, cong chuc, xay dung doi ngu can bo, cong chuc co du nang luc, pham chat dap ung yeu cau nhiem vu tai dia phuong');
INSERT INTO plan_items VALUES('4.2',4,1,'task','Đánh giá, phân loại cán bộ, công chức lượng hóa theo kết quả','Thực hiện tốt phương pháp, quy trình đánh giá, phân loại cán bộ, công chức theo quy định, công khai, minh bạch, lượng hóa các tiêu chí đánh giá dựa trên kết quả thực hiện nhiệm vụ và gắn với vị trí việc làm, thông qua công việc, sản phẩm cụ thể','Thực hiện tốt phương pháp, quy trình đánh giá, phân loại cán bộ, công chức theo quy định, công khai, minh bạch, lượng hóa các tiêu chí đánh giá dựa trên kết quả thực hiện nhiệm vụ và gắn với vị trí việc làm, thông qua công việc, sản phẩm cụ thể.',1249,1255,NULL,'year',12,15,NULL,NULL,'báo cáo không nêu; đánh giá, xếp loại cán bộ, công chức làm hằng năm vào cuối năm',8,NULL,'4.2 danh gia, phan loai can bo, cong chuc luong hoa theo ket qua thuc hien tot phuong phap, quy trinh danh gia, phan loai can bo, cong chuc theo quy dinh, cong khai, minh bach, luong hoa cac tieu chi danh gia dua tren ket qua thuc hien nhiem vu va gan voi vi tri viec lam, thong qua cong viec, san pham cu the');
INSERT INTO plan_items VALUES('4.3',4,2,'solution','Kỷ luật, kỷ cương hành chính; trách nhiệm người đứng đầu','Tăng cường kỷ luật, kỷ cương hành chính trong hoạt động công vụ; thực hiện tốt quy định về thẩm quyền, trách nhiệm của người đứng đầu đơn vị','Tăng cường kỷ luật, kỷ cương hành chính trong hoạt động công vụ; thực hiện tốt quy định về thẩm quyền, trách nhiệm của người đứng đầu đơn vị.',1257,1259,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,2,NULL,'4.3 ky luat, ky cuong hanh chinh; trach nhiem nguoi dung dau tang cuong ky luat, ky cuong hanh chinh trong hoat dong cong vu; thuc hien tot quy dinh ve tham quyen, trach nhiem cua nguoi dung dau don vi');
INSERT INTO plan_items VALUES('4.4',4,3,'solution','Đào tạo, bồi dưỡng gắn với vị trí việc làm; bồi dưỡng CNTT','Thực hiện tốt nội dung, phương pháp đào tạo, bồi dưỡng nâng cao năng lực, kỹ năng và phẩm chất cho đội ngũ cán bộ, công chức gắn với vị trí việc làm, đồng thời tăng cường bồi dưỡng ứng dụng công nghệ thông tin cho cán bộ công chức','Thực hiện tốt nội dung, phương pháp đào tạo, bồi dưỡng nâng cao năng lực, kỹ năng và phẩm chất cho đội ngũ cán bộ, công chức gắn với vị trí việc làm, đồng thời tăng cường bồi dưỡng ứng dụng công nghệ thông tin cho cán bộ công chức.',1261,1265,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,4,NULL,'4.4 dao tao, boi duong gan voi vi tri viec lam; boi duong cntt thuc hien tot noi dung, phuong phap dao tao, boi duong nang cao nang luc, ky nang va pham chat cho doi ngu can bo, cong chuc gan voi vi tri viec lam, dong thoi tang cuong boi duong ung dung cong nghe thong tin cho can bo cong chuc');
INSERT INTO plan_items VALUES('5.1',5,0,'task','Lập kế hoạch hoạt động, phân bổ ngân sách đầu năm; xã hội hóa','Thực hiện tốt luật ngân sách, xây dụng kế hoạch hoạt động và phân bổ ngân sách ngay từ đầu năm để làm cơ sở cho việc phân bổ ngân sách, hạn chế việc chi phát sinh ngoài kế hoạch, đẩy mạnh thực hiện xã hội hóa các hoạt động dịch vụ công','Thực hiện tốt luật ngân sách, xây dụng kế hoạch hoạt động và phân bổ ngân sách ngay từ đầu năm để làm cơ sở cho việc phân bổ ngân sách, hạn chế việc chi phát sinh ngoài kế hoạch, đẩy mạnh thực hiện xã hội hóa các hoạt động dịch vụ công.',1269,1275,NULL,'year',1,31,NULL,NULL,'ngay từ đầu năm',12,NULL,'5.1 lap ke hoach hoat dong, phan bo ngan sach dau nam; xa hoi hoa thuc hien tot luat ngan sach, xay dung ke hoach hoat dong va phan bo ngan sach ngay tu dau nam de lam co so cho viec phan bo ngan sach, han che viec chi phat sinh ngoai ke hoach, day manh thuc hien xa hoi hoa cac hoat dong dich vu cong');
INSERT INTO plan_items VALUES('5.2',5,1,'task','Kiểm kê, công khai dự toán ngân sách và tài sản','Thực hiện kiểm kê công khai dự toán ngân sách, kiêm kê toàn bộ số lượng, giá trị, hiện trạng tài sản hiện có tại cơ quan để làm cơ sở xác định nhu cầu mua sắm, sữa chữa, nâng cấp tài sản hàng năm, sử dụng hợp lý, tiết kiệm nguồn tài sản hiện có','Thực hiện kiểm kê công khai dự toán ngân sách, kiêm kê toàn bộ số lượng, giá trị, hiện trạng tài sản hiện có tại cơ quan để làm cơ sở xác định nhu cầu mua sắm, sữa chữa, nâng cấp tài sản hàng năm, sử dụng hợp lý, tiết kiệm nguồn tài sản hiện có.',1277,1283,NULL,'year',12,31,NULL,NULL,'hàng năm',8,NULL,'5.2 kiem ke, cong khai du toan ngan sach va tai san thuc hien kiem ke cong khai du toan ngan sach, kiem ke toan bo so luong, gia tri, hien trang tai san hien co tai co quan de lam co so xac dinh nhu cau mua sam, sua chua, nang cap tai san hang nam, su dung hop ly, tiet kiem nguon tai san hien co');
INSERT INTO plan_items VALUES('5.3',5,2,'task','Quản lý, sử dụng tài sản công','Thực hiện tốt công tác quản lý, sử dụng tài sản công','Thực hiện tốt công tác quản lý, sử dụng tài sản công.',1285,1285,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,2,NULL,'5.3 quan ly, su dung tai san cong thuc hien tot cong tac quan ly, su dung tai san cong');
INSERT INTO plan_items VALUES('6.1',6,0,'task','Đề xuất đầu tư hạ tầng kỹ thuật viễn thông','Tiếp tục đề xuất các cấp ngành đầu tư hạ tầng kỹ thuật viễn thông tại địa phương đảm bảo điều kiện triển khai các ứng dụng công nghệ thông tin vào hoạt động công vụ','Tiếp tục đề xuất các cấp ngành đầu tư hạ tầng kỹ thuật viễn thông tại địa phương đảm bảo điều kiện triển khai các ứng dụng công nghệ thông tin vào hoạt động công vụ.',1289,1293,NULL,'continuous',NULL,NULL,NULL,NULL,'Tiếp tục',2,NULL,'6.1 de xuat dau tu ha tang ky thuat vien thong tiep tuc de xuat cac cap nganh dau tu ha tang ky thuat vien thong tai dia phuong dam bao dieu kien trien khai cac ung dung cong nghe thong tin vao hoat dong cong vu');
INSERT INTO plan_items VALUES('6.2',6,1,'task','Hệ thống hội nghị truyền hình trực tuyến','Tiếp tục thực hiện tốt hệ thống hội nghị truyền hình trực tuyến, ứng dụng công nghệ số và phần mềm','Tiếp tục thực hiện tốt hệ thống hội nghị truyền hình trực tuyến, ứng dụng công nghệ số và phần mềm.',1293,1295,NULL,'continuous',NULL,NULL,NULL,NULL,'Tiếp tục',2,NULL,'6.2 he thong hoi nghi truyen hinh truc tuyen tiep tuc thuc hien tot he thong hoi nghi truyen hinh truc tuyen, ung dung cong nghe so va phan mem');
INSERT INTO plan_items VALUES('6.3a',6,2,'task','Hệ thống quản lý văn bản và điều hành; ký số','Triển khai có hiệu quả Hệ thống quản lý văn bản và điều hành, thực hiện ký số được tích hợp vào các phần mềm quản lý','Triển khai có hiệu quả Hệ thống quản lý văn bản và điều hành, thực hiện ký số được tích hợp vào các phần mềm quản lý, thực hiện tốt các phần mềm Hộ tịch, phần mềm Hệ thống thông tin giải quyết TTHC tỉnh Quảng Ngãi, thực hiệt tốt công tác Báo cáo Hệ thống báo cáo tỉnh, Báo cáo chính phủ.',1295,1303,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,4,NULL,'6.3a he thong quan ly van ban va dieu hanh; ky so trien khai co hieu qua he thong quan ly van ban va dieu hanh, thuc hien ky so duoc tich hop vao cac phan mem quan ly');
INSERT INTO plan_items VALUES('6.3b',6,3,'task','Phần mềm Hộ tịch, Hệ thống thông tin giải quyết TTHC tỉnh','thực hiện tốt các phần mềm Hộ tịch, phần mềm Hệ thống thông tin giải quyết TTHC tỉnh Quảng Ngãi','Triển khai có hiệu quả Hệ thống quản lý văn bản và điều hành, thực hiện ký số được tích hợp vào các phần mềm quản lý, thực hiện tốt các phần mềm Hộ tịch, phần mềm Hệ thống thông tin giải quyết TTHC tỉnh Quảng Ngãi, thực hiệt tốt công tác Báo cáo Hệ thống báo cáo tỉnh, Báo cáo chính phủ.',1295,1303,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,4,NULL,'6.3b phan mem ho tich, he thong thong tin giai quyet tthc tinh thuc hien tot cac phan mem ho tich, phan mem he thong thong tin giai quyet tthc tinh quang ngai');
INSERT INTO plan_items VALUES('6.3c',6,4,'task','Hệ thống báo cáo tỉnh, báo cáo Chính phủ','thực hiệt tốt công tác Báo cáo Hệ thống báo cáo tỉnh, Báo cáo chính phủ','Triển khai có hiệu quả Hệ thống quản lý văn bản và điều hành, thực hiện ký số được tích hợp vào các phần mềm quản lý, thực hiện tốt các phần mềm Hộ tịch, phần mềm Hệ thống thông tin giải quyết TTHC tỉnh Quảng Ngãi, thực hiệt tốt công tác Báo cáo Hệ thống báo cáo tỉnh, Báo cáo chính phủ.',1295,1303,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,2,NULL,'6.3c he thong bao cao tinh, bao cao chinh phu thuc hiet tot cong tac bao cao he thong bao cao tinh, bao cao chinh phu');
INSERT INTO plan_items VALUES('6.4',6,5,'task','Dịch vụ công trực tuyến, thanh toán trực tuyến, số hóa hồ sơ, lưu trữ điện tử','Tiếp tục thực hiện tốt dịch vụ công trực tuyến, thanh toán trực tuyến công tác số hoá hồ sơ TTHC và lưu trữ điện tử','Tiếp tục thực hiện tốt dịch vụ công trực tuyến, thanh toán trực tuyến công tác số hoá hồ sơ TTHC và lưu trữ điện tử.',1305,1307,NULL,'continuous',NULL,NULL,NULL,NULL,'Tiếp tục',4,NULL,'6.4 dich vu cong truc tuyen, thanh toan truc tuyen, so hoa ho so, luu tru dien tu tiep tuc thuc hien tot dich vu cong truc tuyen, thanh toan truc tuyen cong tac so hoa ho so tthc va luu tru dien tu');
INSERT INTO plan_items VALUES('6.5',6,6,'task','Thực hiện Đề án 06 tại địa phương','Thực hiện có hiệu quả đề án 06 tại địa phương, đẩy mạnh phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia, thực hiện hiệu quả các nhiệm vụ của đề án, gắn với 05 nhóm tiện ích như sau: (1) Phục vụ giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến; (2) Phục vụ phát triển kinh tế, xã hội; (3) Phục vụ công dân số; (4) Hoàn thiện hệ sinh thái phục vụ kết nối, khai thác, bổ sung làm giàu dữ liệu dân cư; (5) Phục vụ chỉ đạo, điều hành của lãnh đạo','Thực hiện có hiệu quả đề án 06 tại địa phương, đẩy mạnh phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia, thực hiện hiệu quả các nhiệm vụ của đề án, gắn với 05 nhóm tiện ích như sau: (1) Phục vụ giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến; (2) Phục vụ phát triển kinh tế, xã hội; (3) Phục vụ công dân số; (4) Hoàn thiện hệ sinh thái phục vụ kết nối, khai thác, bổ sung làm giàu dữ liệu dân cư; (5) Phục vụ chỉ đạo, điều hành của lãnh đạo.',1308,1320,NULL,'continuous',NULL,NULL,NULL,NULL,NULL,4,'Báo cáo 2021–2025 không nêu ai chủ trì Đề án 06 (chỉ ghi "sự phối hợp thực hiện giữa các ngành được thông suốt") và không nhắc tới Công an xã. Phó Chủ tịch UBND chủ trì là giả định của kế hoạch: người chỉ đạo chuyển đổi số, Đề án 06 ở cấp xã; Công an xã không thuộc 21 định biên của xã.','6.5 thuc hien de an 06 tai dia phuong thuc hien co hieu qua de an 06 tai dia phuong, day manh phat trien ung dung du lieu dan cu, dinh danh va xac thuc dien tu phuc vu chuyen doi so quoc gia, thuc hien hieu qua cac nhiem vu cua de an, gan voi 05 nhom tien ich nhu sau: (1) phuc vu giai quyet thu tuc hanh chinh va cung cap dich vu cong truc tuyen; (2) phuc vu phat trien kinh te, xa hoi; (3) phuc vu cong dan so; (4) hoan thien he sinh thai phuc vu ket noi, khai thac, bo sung lam giau du lieu dan cu; (5) phuc vu chi dao, dieu hanh cua lanh dao');
INSERT INTO plan_items VALUES('6.6',6,7,'task','Kỹ năng số của cán bộ, công chức; 100% văn bản điện tử','Nâng cao chuyên môn nghiệp vụ cán bộ công chức cấp xã, sử dụng thành thạo máy vi tính; 100% văn bản đến và đi được tiếp nhận, xử lý qua hệ thống điện tử; cán bộ, công chức thường xuyên trao đổi công tác qua email công vụ, iOffice, mạng nội bộ tạo chuyển biến tích cực trong hoạt động công vụ của chính quyền địa phương','Nâng cao chuyên môn nghiệp vụ cán bộ công chức cấp xã, sử dụng thành thạo máy vi tính; 100% văn bản đến và đi được tiếp nhận, xử lý qua hệ thống điện tử; cán bộ, công chức thường xuyên trao đổi công tác qua email công vụ, iOffice, mạng nội bộ tạo chuyển biến tích cực trong hoạt động công vụ của chính quyền địa phương.',1322,1330,NULL,'continuous',NULL,NULL,NULL,NULL,'thường xuyên',4,NULL,'6.6 ky nang so cua can bo, cong chuc; 100% van ban dien tu nang cao chuyen mon nghiep vu can bo cong chuc cap xa, su dung thanh thao may vi tinh; 100% van ban den va di duoc tiep nhan, xu ly qua he thong dien tu; can bo, cong chuc thuong xuyen trao doi cong tac qua email cong vu, ioffice, mang noi bo tao chuyen bien tich cuc trong hoat dong cong vu cua chinh quyen dia phuong');
CREATE TABLE plan_item_positions (
  item_id     TEXT NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
  position_id TEXT NOT NULL REFERENCES positions(id),
  role        TEXT NOT NULL CHECK (role IN ('lead', 'coordinator')),
  ordinal     INTEGER NOT NULL,
  PRIMARY KEY (item_id, role, position_id)
) WITHOUT ROWID;
INSERT INTO plan_item_positions VALUES('0.1','chu-tich','coordinator',1);
INSERT INTO plan_item_positions VALUES('0.1','van-phong','coordinator',0);
INSERT INTO plan_item_positions VALUES('0.1','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('0.10','van-phong','coordinator',0);
INSERT INTO plan_item_positions VALUES('0.10','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('0.11','ttpvhcc','coordinator',0);
INSERT INTO plan_item_positions VALUES('0.11','van-phong','lead',0);
INSERT INTO plan_item_positions VALUES('0.12','ttpvhcc','coordinator',1);
INSERT INTO plan_item_positions VALUES('0.12','van-phong','coordinator',0);
INSERT INTO plan_item_positions VALUES('0.12','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('0.13','ttpvhcc','coordinator',1);
INSERT INTO plan_item_positions VALUES('0.13','van-phong','coordinator',0);
INSERT INTO plan_item_positions VALUES('0.13','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('0.14','kinh-te','coordinator',2);
INSERT INTO plan_item_positions VALUES('0.14','ttpvhcc','coordinator',1);
INSERT INTO plan_item_positions VALUES('0.14','van-phong','coordinator',0);
INSERT INTO plan_item_positions VALUES('0.14','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('0.2','pho-chu-tich','coordinator',1);
INSERT INTO plan_item_positions VALUES('0.2','van-phong','coordinator',0);
INSERT INTO plan_item_positions VALUES('0.2','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('0.3','doan-hoi','coordinator',1);
INSERT INTO plan_item_positions VALUES('0.3','mttq','coordinator',0);
INSERT INTO plan_item_positions VALUES('0.3','van-phong','coordinator',2);
INSERT INTO plan_item_positions VALUES('0.3','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('0.4','ttpvhcc','coordinator',0);
INSERT INTO plan_item_positions VALUES('0.4','van-phong','coordinator',1);
INSERT INTO plan_item_positions VALUES('0.4','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('0.5','chu-tich','coordinator',0);
INSERT INTO plan_item_positions VALUES('0.5','mttq','coordinator',2);
INSERT INTO plan_item_positions VALUES('0.5','ttpvhcc','coordinator',1);
INSERT INTO plan_item_positions VALUES('0.5','van-phong','lead',0);
INSERT INTO plan_item_positions VALUES('0.6','ttpvhcc','coordinator',0);
INSERT INTO plan_item_positions VALUES('0.6','van-phong','lead',0);
INSERT INTO plan_item_positions VALUES('0.7','van-phong','coordinator',0);
INSERT INTO plan_item_positions VALUES('0.7','ttpvhcc','lead',0);
INSERT INTO plan_item_positions VALUES('0.8','chu-tich','coordinator',0);
INSERT INTO plan_item_positions VALUES('0.8','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('0.9','van-phong','coordinator',0);
INSERT INTO plan_item_positions VALUES('0.9','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('1.1','van-phong','coordinator',0);
INSERT INTO plan_item_positions VALUES('1.1','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('1.2','hdnd','coordinator',0);
INSERT INTO plan_item_positions VALUES('1.2','van-phong','lead',0);
INSERT INTO plan_item_positions VALUES('1.3','kinh-te','coordinator',1);
INSERT INTO plan_item_positions VALUES('1.3','van-hoa-xa-hoi','coordinator',0);
INSERT INTO plan_item_positions VALUES('1.3','van-phong','lead',0);
INSERT INTO plan_item_positions VALUES('1.4','van-hoa-xa-hoi','coordinator',0);
INSERT INTO plan_item_positions VALUES('1.4','van-phong','lead',0);
INSERT INTO plan_item_positions VALUES('1.5','doan-hoi','coordinator',1);
INSERT INTO plan_item_positions VALUES('1.5','van-hoa-xa-hoi','coordinator',0);
INSERT INTO plan_item_positions VALUES('1.5','van-phong','lead',0);
INSERT INTO plan_item_positions VALUES('1.6','doan-hoi','coordinator',1);
INSERT INTO plan_item_positions VALUES('1.6','mttq','coordinator',0);
INSERT INTO plan_item_positions VALUES('1.6','van-hoa-xa-hoi','coordinator',2);
INSERT INTO plan_item_positions VALUES('1.6','van-phong','lead',0);
INSERT INTO plan_item_positions VALUES('2.1a','ttpvhcc','coordinator',0);
INSERT INTO plan_item_positions VALUES('2.1a','van-phong','coordinator',1);
INSERT INTO plan_item_positions VALUES('2.1a','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('2.1b','ttpvhcc','coordinator',0);
INSERT INTO plan_item_positions VALUES('2.1b','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('2.2','van-phong','coordinator',0);
INSERT INTO plan_item_positions VALUES('2.2','ttpvhcc','lead',0);
INSERT INTO plan_item_positions VALUES('2.3a','van-hoa-xa-hoi','coordinator',0);
INSERT INTO plan_item_positions VALUES('2.3a','ttpvhcc','lead',0);
INSERT INTO plan_item_positions VALUES('2.3b','pho-chu-tich','coordinator',0);
INSERT INTO plan_item_positions VALUES('2.3b','van-hoa-xa-hoi','coordinator',1);
INSERT INTO plan_item_positions VALUES('2.3b','ttpvhcc','lead',0);
INSERT INTO plan_item_positions VALUES('3.1','chu-tich','coordinator',0);
INSERT INTO plan_item_positions VALUES('3.1','dang-uy','coordinator',1);
INSERT INTO plan_item_positions VALUES('3.1','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('3.2','van-phong','coordinator',0);
INSERT INTO plan_item_positions VALUES('3.2','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('3.3a','van-hoa-xa-hoi','coordinator',0);
INSERT INTO plan_item_positions VALUES('3.3a','van-phong','lead',0);
INSERT INTO plan_item_positions VALUES('3.3b','chu-tich','coordinator',0);
INSERT INTO plan_item_positions VALUES('3.3b','van-phong','lead',0);
INSERT INTO plan_item_positions VALUES('4.1','chu-tich','coordinator',0);
INSERT INTO plan_item_positions VALUES('4.1','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('4.2','chu-tich','coordinator',0);
INSERT INTO plan_item_positions VALUES('4.2','pho-chu-tich','coordinator',1);
INSERT INTO plan_item_positions VALUES('4.2','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('4.3','van-hoa-xa-hoi','coordinator',0);
INSERT INTO plan_item_positions VALUES('4.3','chu-tich','lead',0);
INSERT INTO plan_item_positions VALUES('4.3','pho-chu-tich','lead',1);
INSERT INTO plan_item_positions VALUES('4.4','van-phong','coordinator',0);
INSERT INTO plan_item_positions VALUES('4.4','van-hoa-xa-hoi','lead',0);
INSERT INTO plan_item_positions VALUES('5.1','chu-tich','coordinator',1);
INSERT INTO plan_item_positions VALUES('5.1','van-phong','coordinator',0);
INSERT INTO plan_item_positions VALUES('5.1','kinh-te','lead',0);
INSERT INTO plan_item_positions VALUES('5.2','van-phong','coordinator',0);
INSERT INTO plan_item_positions VALUES('5.2','kinh-te','lead',0);
INSERT INTO plan_item_positions VALUES('5.3','van-phong','coordinator',0);
INSERT INTO plan_item_positions VALUES('5.3','kinh-te','lead',0);
INSERT INTO plan_item_positions VALUES('6.1','kinh-te','coordinator',0);
INSERT INTO plan_item_positions VALUES('6.1','van-phong','lead',0);
INSERT INTO plan_item_positions VALUES('6.2','van-phong','lead',0);
INSERT INTO plan_item_positions VALUES('6.3a','ttpvhcc','coordinator',0);
INSERT INTO plan_item_positions VALUES('6.3a','van-phong','lead',0);
INSERT INTO plan_item_positions VALUES('6.3b','van-phong','coordinator',0);
INSERT INTO plan_item_positions VALUES('6.3b','ttpvhcc','lead',0);
INSERT INTO plan_item_positions VALUES('6.3c','van-hoa-xa-hoi','coordinator',0);
INSERT INTO plan_item_positions VALUES('6.3c','van-phong','lead',0);
INSERT INTO plan_item_positions VALUES('6.4','van-phong','coordinator',0);
INSERT INTO plan_item_positions VALUES('6.4','ttpvhcc','lead',0);
INSERT INTO plan_item_positions VALUES('6.5','ttpvhcc','coordinator',0);
INSERT INTO plan_item_positions VALUES('6.5','van-phong','coordinator',1);
INSERT INTO plan_item_positions VALUES('6.5','pho-chu-tich','lead',0);
INSERT INTO plan_item_positions VALUES('6.6','van-hoa-xa-hoi','coordinator',0);
INSERT INTO plan_item_positions VALUES('6.6','van-phong','lead',0);
CREATE TABLE plan_item_skills (
  item_id  TEXT NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
  skill_id TEXT NOT NULL REFERENCES skills(id),
  PRIMARY KEY (item_id, skill_id)
) WITHOUT ROWID;
INSERT INTO plan_item_skills VALUES('0.1','cchc');
INSERT INTO plan_item_skills VALUES('0.10','noi-vu');
INSERT INTO plan_item_skills VALUES('0.11','cntt');
INSERT INTO plan_item_skills VALUES('0.12','cchc');
INSERT INTO plan_item_skills VALUES('0.13','cchc');
INSERT INTO plan_item_skills VALUES('0.14','cchc');
INSERT INTO plan_item_skills VALUES('0.2','cchc');
INSERT INTO plan_item_skills VALUES('0.3','tuyen-truyen');
INSERT INTO plan_item_skills VALUES('0.4','tthc');
INSERT INTO plan_item_skills VALUES('0.7','tthc');
INSERT INTO plan_item_skills VALUES('0.8','noi-vu');
INSERT INTO plan_item_skills VALUES('0.9','noi-vu');
INSERT INTO plan_item_skills VALUES('1.1','cchc');
INSERT INTO plan_item_skills VALUES('1.2','phap-luat');
INSERT INTO plan_item_skills VALUES('1.3','phap-luat');
INSERT INTO plan_item_skills VALUES('1.4','phap-luat');
INSERT INTO plan_item_skills VALUES('1.5','phap-luat');
INSERT INTO plan_item_skills VALUES('1.6','phap-luat');
INSERT INTO plan_item_skills VALUES('2.1a','tthc');
INSERT INTO plan_item_skills VALUES('2.1b','tthc');
INSERT INTO plan_item_skills VALUES('2.2','tthc');
INSERT INTO plan_item_skills VALUES('2.3a','tthc');
INSERT INTO plan_item_skills VALUES('2.3b','tthc');
INSERT INTO plan_item_skills VALUES('3.1','noi-vu');
INSERT INTO plan_item_skills VALUES('3.2','noi-vu');
INSERT INTO plan_item_skills VALUES('3.3a','cntt');
INSERT INTO plan_item_skills VALUES('3.3b','cntt');
INSERT INTO plan_item_skills VALUES('4.1','noi-vu');
INSERT INTO plan_item_skills VALUES('4.2','noi-vu');
INSERT INTO plan_item_skills VALUES('4.4','noi-vu');
INSERT INTO plan_item_skills VALUES('5.1','tai-chinh');
INSERT INTO plan_item_skills VALUES('5.2','tai-chinh');
INSERT INTO plan_item_skills VALUES('5.3','tai-chinh');
INSERT INTO plan_item_skills VALUES('6.1','cntt');
INSERT INTO plan_item_skills VALUES('6.2','cntt');
INSERT INTO plan_item_skills VALUES('6.3a','cntt');
INSERT INTO plan_item_skills VALUES('6.3b','tthc');
INSERT INTO plan_item_skills VALUES('6.3c','cntt');
INSERT INTO plan_item_skills VALUES('6.4','tthc');
INSERT INTO plan_item_skills VALUES('6.6','cntt');
CREATE TABLE plan_item_indicators (
  item_id      TEXT NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
  indicator_id TEXT NOT NULL REFERENCES indicators(id),
  PRIMARY KEY (item_id, indicator_id)
) WITHOUT ROWID;
INSERT INTO plan_item_indicators VALUES('0.4','chi-phi-tuan-thu');
INSERT INTO plan_item_indicators VALUES('0.5','hoi-nghi-doi-thoai');
INSERT INTO plan_item_indicators VALUES('0.6','hoi-nghi-doi-thoai');
INSERT INTO plan_item_indicators VALUES('0.7','so-hoa-ket-qua');
INSERT INTO plan_item_indicators VALUES('0.7','so-hoa-thanh-phan');
INSERT INTO plan_item_indicators VALUES('2.1a','chi-phi-tuan-thu');
INSERT INTO plan_item_indicators VALUES('2.1b','chi-phi-tuan-thu');
INSERT INTO plan_item_indicators VALUES('2.3a','dvc-muc-do-3-4');
INSERT INTO plan_item_indicators VALUES('2.3b','hai-long');
INSERT INTO plan_item_indicators VALUES('6.3a','van-ban-dien-tu');
INSERT INTO plan_item_indicators VALUES('6.4','dvc-muc-do-3-4');
INSERT INTO plan_item_indicators VALUES('6.4','ho-so-truc-tuyen');
INSERT INTO plan_item_indicators VALUES('6.4','so-hoa-ket-qua');
INSERT INTO plan_item_indicators VALUES('6.4','so-hoa-thanh-phan');
INSERT INTO plan_item_indicators VALUES('6.6','van-ban-dien-tu');
CREATE TABLE calendar (
  id        INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
  first_day TEXT NOT NULL CHECK (date(first_day, '+0 days') IS first_day),
  last_day  TEXT NOT NULL CHECK (date(last_day, '+0 days') IS last_day AND last_day >= first_day),
  weekend   TEXT NOT NULL CHECK (json_valid(weekend)),
  rule      TEXT
);
INSERT INTO calendar VALUES(1,'2026-01-01','2030-12-31','["saturday","sunday"]','Ngày nghỉ lễ, Tết theo Bộ luật Lao động 2019, Điều 112; nghỉ bù theo Điều 111. Tết Nguyên đán: ngày cuối năm âm lịch và mùng 1–4 Tết. Ngày chưa được quyết định ghi "projected": true. Ngày nghỉ hoán đổi ("day-off") và ngày làm bù ("workday") theo văn bản của Chính phủ ghi trong note.');
CREATE TABLE calendar_days (
  date      TEXT PRIMARY KEY NOT NULL CHECK (date(date, '+0 days') IS date),
  kind      TEXT NOT NULL CHECK (kind IN ('holiday', 'compensatory', 'day-off', 'workday')),
  code      TEXT NOT NULL,
  name      TEXT NOT NULL,
  projected INTEGER NOT NULL CHECK (projected IN (0, 1)),
  note      TEXT
);
INSERT INTO calendar_days VALUES('2026-01-01','holiday','tet-duong-lich','Tết Dương lịch',0,NULL);
INSERT INTO calendar_days VALUES('2026-01-02','day-off','nghi-hoan-doi','Nghỉ hoán đổi (Tết Dương lịch)',0,'Hoán đổi ngày làm việc thứ Sáu 02/01/2026 sang thứ Bảy 10/01/2026; cán bộ, công chức nghỉ Tết Dương lịch 01/01–04/01/2026 (4 ngày) (Công văn 12729/VPCP-KGVX ngày 25/12/2025).');
INSERT INTO calendar_days VALUES('2026-01-10','workday','lam-bu','Làm bù (Tết Dương lịch)',0,'Làm việc thứ Bảy 10/01/2026 bù cho ngày nghỉ hoán đổi thứ Sáu 02/01/2026 (Công văn 12729/VPCP-KGVX ngày 25/12/2025).');
INSERT INTO calendar_days VALUES('2026-02-16','holiday','tet-cuoi-nam','Tết Nguyên đán (ngày cuối năm âm lịch)',0,'Lịch nghỉ Tết Bính Ngọ của cán bộ, công chức: 14/2–22/2/2026 (9 ngày).');
INSERT INTO calendar_days VALUES('2026-02-17','holiday','tet-mung-1','Tết Nguyên đán (mùng 1 Tết)',0,'Lịch nghỉ Tết Bính Ngọ của cán bộ, công chức: 14/2–22/2/2026 (9 ngày).');
INSERT INTO calendar_days VALUES('2026-02-18','holiday','tet-mung-2','Tết Nguyên đán (mùng 2 Tết)',0,'Lịch nghỉ Tết Bính Ngọ của cán bộ, công chức: 14/2–22/2/2026 (9 ngày).');
INSERT INTO calendar_days VALUES('2026-02-19','holiday','tet-mung-3','Tết Nguyên đán (mùng 3 Tết)',0,'Lịch nghỉ Tết Bính Ngọ của cán bộ, công chức: 14/2–22/2/2026 (9 ngày).');
INSERT INTO calendar_days VALUES('2026-02-20','holiday','tet-mung-4','Tết Nguyên đán (mùng 4 Tết)',0,'Lịch nghỉ Tết Bính Ngọ của cán bộ, công chức: 14/2–22/2/2026 (9 ngày).');
INSERT INTO calendar_days VALUES('2026-04-26','holiday','gio-to','Giỗ Tổ Hùng Vương (10/3 âm lịch)',0,NULL);
INSERT INTO calendar_days VALUES('2026-04-27','compensatory','nghi-bu','Nghỉ bù (Giỗ Tổ Hùng Vương (10/3 âm lịch))',0,'Ngày lễ trùng ngày nghỉ hằng tuần 26/04/2026 (Bộ luật Lao động 2019, Điều 111).');
INSERT INTO calendar_days VALUES('2026-04-30','holiday','30-4','Ngày Chiến thắng (30/4)',0,NULL);
INSERT INTO calendar_days VALUES('2026-05-01','holiday','1-5','Ngày Quốc tế lao động (1/5)',0,NULL);
INSERT INTO calendar_days VALUES('2026-08-22','workday','lam-bu','Làm bù (Quốc khánh (2/9))',0,'Làm việc thứ Bảy 22/08/2026 bù cho ngày nghỉ hoán đổi thứ Hai 31/08/2026 (phương án nghỉ Tết Âm lịch, Quốc khánh năm 2026 của Bộ Nội vụ được Thủ tướng đồng ý, Văn phòng Chính phủ thông báo tháng 10/2025).');
INSERT INTO calendar_days VALUES('2026-08-31','day-off','nghi-hoan-doi','Nghỉ hoán đổi (Quốc khánh (2/9))',0,'Hoán đổi ngày làm việc thứ Hai 31/08/2026 sang thứ Bảy 22/08/2026; cán bộ, công chức nghỉ Quốc khánh 29/08–02/09/2026 (5 ngày) (phương án nghỉ Tết Âm lịch, Quốc khánh năm 2026 của Bộ Nội vụ được Thủ tướng đồng ý, Văn phòng Chính phủ thông báo tháng 10/2025).');
INSERT INTO calendar_days VALUES('2026-09-01','holiday','quoc-khanh-lien-ke','Quốc khánh (ngày liền kề)',0,'Ngày liền kề trước 02/9 (Bộ luật Lao động 2019, Điều 112), theo phương án nghỉ Tết Âm lịch, Quốc khánh năm 2026 của Bộ Nội vụ được Thủ tướng đồng ý, Văn phòng Chính phủ thông báo tháng 10/2025.');
INSERT INTO calendar_days VALUES('2026-09-02','holiday','quoc-khanh','Quốc khánh (2/9)',0,NULL);
INSERT INTO calendar_days VALUES('2027-01-01','holiday','tet-duong-lich','Tết Dương lịch',0,NULL);
INSERT INTO calendar_days VALUES('2027-02-05','holiday','tet-cuoi-nam','Tết Nguyên đán (ngày cuối năm âm lịch)',1,NULL);
INSERT INTO calendar_days VALUES('2027-02-06','holiday','tet-mung-1','Tết Nguyên đán (mùng 1 Tết)',1,NULL);
INSERT INTO calendar_days VALUES('2027-02-07','holiday','tet-mung-2','Tết Nguyên đán (mùng 2 Tết)',1,NULL);
INSERT INTO calendar_days VALUES('2027-02-08','holiday','tet-mung-3','Tết Nguyên đán (mùng 3 Tết)',1,NULL);
INSERT INTO calendar_days VALUES('2027-02-09','holiday','tet-mung-4','Tết Nguyên đán (mùng 4 Tết)',1,NULL);
INSERT INTO calendar_days VALUES('2027-02-10','compensatory','nghi-bu','Nghỉ bù (Tết Nguyên đán (mùng 1 Tết))',1,'Ngày lễ trùng ngày nghỉ hằng tuần 06/02/2027 (Bộ luật Lao động 2019, Điều 111).');
INSERT INTO calendar_days VALUES('2027-02-11','compensatory','nghi-bu','Nghỉ bù (Tết Nguyên đán (mùng 2 Tết))',1,'Ngày lễ trùng ngày nghỉ hằng tuần 07/02/2027 (Bộ luật Lao động 2019, Điều 111).');
INSERT INTO calendar_days VALUES('2027-04-16','holiday','gio-to','Giỗ Tổ Hùng Vương (10/3 âm lịch)',0,NULL);
INSERT INTO calendar_days VALUES('2027-04-30','holiday','30-4','Ngày Chiến thắng (30/4)',0,NULL);
INSERT INTO calendar_days VALUES('2027-05-01','holiday','1-5','Ngày Quốc tế lao động (1/5)',0,NULL);
INSERT INTO calendar_days VALUES('2027-05-03','compensatory','nghi-bu','Nghỉ bù (Ngày Quốc tế lao động (1/5))',1,'Ngày lễ trùng ngày nghỉ hằng tuần 01/05/2027 (Bộ luật Lao động 2019, Điều 111).');
INSERT INTO calendar_days VALUES('2027-09-02','holiday','quoc-khanh','Quốc khánh (2/9)',0,NULL);
INSERT INTO calendar_days VALUES('2027-09-03','holiday','quoc-khanh-lien-ke','Quốc khánh (ngày liền kề)',1,'Bộ luật Lao động 2019, Điều 112: 02/9 và 01 ngày liền kề trước hoặc sau; ngày cụ thể do Thủ tướng quyết định hằng năm.');
INSERT INTO calendar_days VALUES('2028-01-01','holiday','tet-duong-lich','Tết Dương lịch',0,NULL);
INSERT INTO calendar_days VALUES('2028-01-03','compensatory','nghi-bu','Nghỉ bù (Tết Dương lịch)',1,'Ngày lễ trùng ngày nghỉ hằng tuần 01/01/2028 (Bộ luật Lao động 2019, Điều 111).');
INSERT INTO calendar_days VALUES('2028-01-25','holiday','tet-cuoi-nam','Tết Nguyên đán (ngày cuối năm âm lịch)',1,NULL);
INSERT INTO calendar_days VALUES('2028-01-26','holiday','tet-mung-1','Tết Nguyên đán (mùng 1 Tết)',1,NULL);
INSERT INTO calendar_days VALUES('2028-01-27','holiday','tet-mung-2','Tết Nguyên đán (mùng 2 Tết)',1,NULL);
INSERT INTO calendar_days VALUES('2028-01-28','holiday','tet-mung-3','Tết Nguyên đán (mùng 3 Tết)',1,NULL);
INSERT INTO calendar_days VALUES('2028-01-29','holiday','tet-mung-4','Tết Nguyên đán (mùng 4 Tết)',1,NULL);
INSERT INTO calendar_days VALUES('2028-01-31','compensatory','nghi-bu','Nghỉ bù (Tết Nguyên đán (mùng 4 Tết))',1,'Ngày lễ trùng ngày nghỉ hằng tuần 29/01/2028 (Bộ luật Lao động 2019, Điều 111).');
INSERT INTO calendar_days VALUES('2028-04-04','holiday','gio-to','Giỗ Tổ Hùng Vương (10/3 âm lịch)',0,NULL);
INSERT INTO calendar_days VALUES('2028-04-30','holiday','30-4','Ngày Chiến thắng (30/4)',0,NULL);
INSERT INTO calendar_days VALUES('2028-05-01','holiday','1-5','Ngày Quốc tế lao động (1/5)',0,NULL);
INSERT INTO calendar_days VALUES('2028-05-02','compensatory','nghi-bu','Nghỉ bù (Ngày Chiến thắng (30/4))',1,'Ngày lễ trùng ngày nghỉ hằng tuần 30/04/2028 (Bộ luật Lao động 2019, Điều 111).');
INSERT INTO calendar_days VALUES('2028-09-01','holiday','quoc-khanh-lien-ke','Quốc khánh (ngày liền kề)',1,'Bộ luật Lao động 2019, Điều 112: 02/9 và 01 ngày liền kề trước hoặc sau; ngày cụ thể do Thủ tướng quyết định hằng năm.');
INSERT INTO calendar_days VALUES('2028-09-02','holiday','quoc-khanh','Quốc khánh (2/9)',0,NULL);
INSERT INTO calendar_days VALUES('2028-09-04','compensatory','nghi-bu','Nghỉ bù (Quốc khánh (2/9))',1,'Ngày lễ trùng ngày nghỉ hằng tuần 02/09/2028 (Bộ luật Lao động 2019, Điều 111).');
INSERT INTO calendar_days VALUES('2029-01-01','holiday','tet-duong-lich','Tết Dương lịch',0,NULL);
INSERT INTO calendar_days VALUES('2029-02-12','holiday','tet-cuoi-nam','Tết Nguyên đán (ngày cuối năm âm lịch)',1,NULL);
INSERT INTO calendar_days VALUES('2029-02-13','holiday','tet-mung-1','Tết Nguyên đán (mùng 1 Tết)',1,NULL);
INSERT INTO calendar_days VALUES('2029-02-14','holiday','tet-mung-2','Tết Nguyên đán (mùng 2 Tết)',1,NULL);
INSERT INTO calendar_days VALUES('2029-02-15','holiday','tet-mung-3','Tết Nguyên đán (mùng 3 Tết)',1,NULL);
INSERT INTO calendar_days VALUES('2029-02-16','holiday','tet-mung-4','Tết Nguyên đán (mùng 4 Tết)',1,NULL);
INSERT INTO calendar_days VALUES('2029-04-23','holiday','gio-to','Giỗ Tổ Hùng Vương (10/3 âm lịch)',0,NULL);
INSERT INTO calendar_days VALUES('2029-04-30','holiday','30-4','Ngày Chiến thắng (30/4)',0,NULL);
INSERT INTO calendar_days VALUES('2029-05-01','holiday','1-5','Ngày Quốc tế lao động (1/5)',0,NULL);
INSERT INTO calendar_days VALUES('2029-09-02','holiday','quoc-khanh','Quốc khánh (2/9)',0,NULL);
INSERT INTO calendar_days VALUES('2029-09-03','holiday','quoc-khanh-lien-ke','Quốc khánh (ngày liền kề)',1,'Bộ luật Lao động 2019, Điều 112: 02/9 và 01 ngày liền kề trước hoặc sau; ngày cụ thể do Thủ tướng quyết định hằng năm.');
INSERT INTO calendar_days VALUES('2029-09-04','compensatory','nghi-bu','Nghỉ bù (Quốc khánh (2/9))',1,'Ngày lễ trùng ngày nghỉ hằng tuần 02/09/2029 (Bộ luật Lao động 2019, Điều 111).');
INSERT INTO calendar_days VALUES('2030-01-01','holiday','tet-duong-lich','Tết Dương lịch',0,NULL);
INSERT INTO calendar_days VALUES('2030-02-01','holiday','tet-cuoi-nam','Tết Nguyên đán (ngày cuối năm âm lịch)',1,NULL);
INSERT INTO calendar_days VALUES('2030-02-02','holiday','tet-mung-1','Tết Nguyên đán (mùng 1 Tết)',1,NULL);
INSERT INTO calendar_days VALUES('2030-02-03','holiday','tet-mung-2','Tết Nguyên đán (mùng 2 Tết)',1,NULL);
INSERT INTO calendar_days VALUES('2030-02-04','holiday','tet-mung-3','Tết Nguyên đán (mùng 3 Tết)',1,NULL);
INSERT INTO calendar_days VALUES('2030-02-05','holiday','tet-mung-4','Tết Nguyên đán (mùng 4 Tết)',1,NULL);
INSERT INTO calendar_days VALUES('2030-02-06','compensatory','nghi-bu','Nghỉ bù (Tết Nguyên đán (mùng 1 Tết))',1,'Ngày lễ trùng ngày nghỉ hằng tuần 02/02/2030 (Bộ luật Lao động 2019, Điều 111).');
INSERT INTO calendar_days VALUES('2030-02-07','compensatory','nghi-bu','Nghỉ bù (Tết Nguyên đán (mùng 2 Tết))',1,'Ngày lễ trùng ngày nghỉ hằng tuần 03/02/2030 (Bộ luật Lao động 2019, Điều 111).');
INSERT INTO calendar_days VALUES('2030-04-12','holiday','gio-to','Giỗ Tổ Hùng Vương (10/3 âm lịch)',0,NULL);
INSERT INTO calendar_days VALUES('2030-04-30','holiday','30-4','Ngày Chiến thắng (30/4)',0,NULL);
INSERT INTO calendar_days VALUES('2030-05-01','holiday','1-5','Ngày Quốc tế lao động (1/5)',0,NULL);
INSERT INTO calendar_days VALUES('2030-09-02','holiday','quoc-khanh','Quốc khánh (2/9)',0,NULL);
INSERT INTO calendar_days VALUES('2030-09-03','holiday','quoc-khanh-lien-ke','Quốc khánh (ngày liền kề)',1,'Bộ luật Lao động 2019, Điều 112: 02/9 và 01 ngày liền kề trước hoặc sau; ngày cụ thể do Thủ tướng quyết định hằng năm.');
CREATE TABLE duties (
  id           TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
  unit_id      TEXT NOT NULL REFERENCES unit(id),
  plan_item_id TEXT REFERENCES plan_items(id),
  area_id      INTEGER NOT NULL REFERENCES areas(id),
  title        TEXT NOT NULL CHECK (title <> ''),
  due          TEXT NOT NULL CHECK (date(due, '+0 days') IS due),
  period       TEXT NOT NULL CHECK (date(period || '-01', '+0 days') IS period || '-01'),
  effort       INTEGER NOT NULL CHECK (effort BETWEEN 0 AND 744),
  status       TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'doing', 'done', 'cancelled')),
  percent      INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
  lead_id      TEXT REFERENCES officials(id),
  pinned       INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
  note         TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  version      INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  search_key   TEXT NOT NULL, completed_on TEXT CHECK (completed_on IS NULL OR date(completed_on, '+0 days') IS completed_on), result TEXT, evidence TEXT, cancelled_on TEXT CHECK (cancelled_on IS NULL OR date(cancelled_on, '+0 days') IS cancelled_on), cancel_reason TEXT,
  CHECK (status <> 'done' OR percent = 100)
);
INSERT INTO duties VALUES('DX-2026-001','ba-trang',NULL,2,'Hội nghị đối thoại với người dân về TTHC','2026-12-15','2026-12',6,'done',100,'tu-phap-1',1,'Chuẩn bị hội trường','2026-11-30T03:31:02.445Z','2026-11-30T03:31:02.550Z',4,'dx-2026-001 hoi nghi doi thoai voi nguoi dan ve tthc','2026-11-28','Đã tổ chức hội nghị','Biên bản số 12/BB-UBND',NULL,NULL);
INSERT INTO duties VALUES('DX-2026-002','ba-trang',NULL,2,'Rà soát TTHC quý IV','2026-12-20','2026-12',4,'doing',30,'van-phong-1',0,NULL,'2026-11-30T03:31:02.459Z','2026-11-30T03:31:02.572Z',3,'dx-2026-002 ra soat tthc quy iv',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('DX-2026-003','ba-trang',NULL,1,'Việc sẽ hủy','2026-12-30','2026-12',2,'cancelled',0,NULL,0,'Ghi chú gốc','2026-11-30T03:31:02.460Z','2026-11-30T03:31:02.473Z',2,'dx-2026-003 viec se huy',NULL,NULL,NULL,'2026-11-20','Trùng với nhiệm vụ 2.1a');
INSERT INTO duties VALUES('0.5@2026-H2','ba-trang','0.5',0,'Hội nghị đối thoại của Chủ tịch UBND xã về TTHC — 6 tháng cuối năm 2026','2026-12-14','2026-12',8,'todo',0,'van-phong-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'0.5@2026-h2 hoi nghi doi thoai cua chu tich ubnd xa ve tthc — 6 thang cuoi nam 2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('0.14@2026','ba-trang','0.14',0,'Báo cáo CCHC năm 2026','2026-12-14','2026-12',12,'todo',0,'noi-vu-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'0.14@2026 bao cao cchc nam 2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('1.1@2026-Q4','ba-trang','1.1',1,'Cụ thể hóa Nghị quyết 76/NQ-CP tại địa phương — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'noi-vu-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'1.1@2026-q4 cu the hoa nghi quyet 76/nq-cp tai dia phuong — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('1.2@2026-Q4','ba-trang','1.2',1,'Kiểm tra, rà soát văn bản quy phạm pháp luật — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'tu-phap-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'1.2@2026-q4 kiem tra, ra soat van ban quy pham phap luat — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('1.4@2026-Q4','ba-trang','1.4',1,'Đổi mới kiểm tra trách nhiệm quản lý nhà nước về thi hành pháp luật — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'tu-phap-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'1.4@2026-q4 doi moi kiem tra trach nhiem quan ly nha nuoc ve thi hanh phap luat — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('1.6@2026-Q4','ba-trang','1.6',1,'Tuyên truyền; phản biện, giám sát thi hành pháp luật — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'ttpvhcc-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'1.6@2026-q4 tuyen truyen; phan bien, giam sat thi hanh phap luat — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('2.1a@2026-Q4','ba-trang','2.1a',2,'Kiểm soát quy định TTHC; loại bỏ thủ tục rườm rà — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'ttpvhcc-2',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'2.1a@2026-q4 kiem soat quy dinh tthc; loai bo thu tuc ruom ra — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('2.1b@2026-Q4','ba-trang','2.1b',2,'Cắt giảm thành phần hồ sơ, mẫu đơn, tờ khai — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'pho-chu-tich-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'2.1b@2026-q4 cat giam thanh phan ho so, mau don, to khai — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('2.2@2026-Q4','ba-trang','2.2',2,'Cập nhật, công khai TTHC — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'ttpvhcc-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'2.2@2026-q4 cap nhat, cong khai tthc — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('2.3a@2026-Q4','ba-trang','2.3a',2,'Khai thác Cơ sở dữ liệu TTHC trên Cổng Dịch vụ công quốc gia — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'ttpvhcc-2',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'2.3a@2026-q4 khai thac co so du lieu tthc tren cong dich vu cong quoc gia — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('2.3b@2026-Q4','ba-trang','2.3b',2,'Đổi mới cơ chế một cửa, một cửa liên thông — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'pho-chu-tich-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'2.3b@2026-q4 doi moi co che mot cua, mot cua lien thong — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('3.1@2026-Q4','ba-trang','3.1',3,'Sắp xếp, kiện toàn, tinh gọn bộ máy; mỗi việc một tổ chức chủ trì — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'chu-tich',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'3.1@2026-q4 sap xep, kien toan, tinh gon bo may; moi viec mot to chuc chu tri — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('3.2@2026-Q4','ba-trang','3.2',3,'Phân cấp, phân quyền trong quản lý nhà nước — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'van-hoa-2',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'3.2@2026-q4 phan cap, phan quyen trong quan ly nha nuoc — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('3.3a@2026-Q4','ba-trang','3.3a',3,'Đổi mới phương thức làm việc; ứng dụng khoa học, công nghệ — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'van-hoa-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'3.3a@2026-q4 doi moi phuong thuc lam viec; ung dung khoa hoc, cong nghe — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('3.3b@2026-Q4','ba-trang','3.3b',3,'Chỉ đạo, điều hành trên môi trường số; họp trực tuyến, không giấy tờ — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'ttpvhcc-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'3.3b@2026-q4 chi dao, dieu hanh tren moi truong so; hop truc tuyen, khong giay to — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('4.1@2026-Q4','ba-trang','4.1',4,'Quản lý, sử dụng đội ngũ cán bộ, công chức — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'chu-tich',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'4.1@2026-q4 quan ly, su dung doi ngu can bo, cong chuc — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('4.2@2026','ba-trang','4.2',4,'Đánh giá, phân loại cán bộ, công chức lượng hóa theo kết quả — năm 2026','2026-12-15','2026-12',8,'todo',0,'van-hoa-2',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'4.2@2026 danh gia, phan loai can bo, cong chuc luong hoa theo ket qua — nam 2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('4.3@2026-Q4','ba-trang','4.3',4,'Kỷ luật, kỷ cương hành chính; trách nhiệm người đứng đầu — quý 4/2026','2026-12-14','2026-12',2,'todo',0,'chu-tich',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'4.3@2026-q4 ky luat, ky cuong hanh chinh; trach nhiem nguoi dung dau — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('4.4@2026-Q4','ba-trang','4.4',4,'Đào tạo, bồi dưỡng gắn với vị trí việc làm; bồi dưỡng CNTT — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'van-hoa-2',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'4.4@2026-q4 dao tao, boi duong gan voi vi tri viec lam; boi duong cntt — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('5.2@2026','ba-trang','5.2',5,'Kiểm kê, công khai dự toán ngân sách và tài sản — năm 2026','2026-12-31','2026-12',8,'todo',0,'tai-chinh-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'5.2@2026 kiem ke, cong khai du toan ngan sach va tai san — nam 2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('5.3@2026-Q4','ba-trang','5.3',5,'Quản lý, sử dụng tài sản công — quý 4/2026','2026-12-14','2026-12',2,'todo',0,'tai-chinh-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'5.3@2026-q4 quan ly, su dung tai san cong — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('6.1@2026-Q4','ba-trang','6.1',6,'Đề xuất đầu tư hạ tầng kỹ thuật viễn thông — quý 4/2026','2026-12-14','2026-12',2,'todo',0,'van-phong-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'6.1@2026-q4 de xuat dau tu ha tang ky thuat vien thong — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('6.2@2026-Q4','ba-trang','6.2',6,'Hệ thống hội nghị truyền hình trực tuyến — quý 4/2026','2026-12-14','2026-12',2,'todo',0,'van-phong-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'6.2@2026-q4 he thong hoi nghi truyen hinh truc tuyen — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('6.3a@2026-Q4','ba-trang','6.3a',6,'Hệ thống quản lý văn bản và điều hành; ký số — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'ttpvhcc-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'6.3a@2026-q4 he thong quan ly van ban va dieu hanh; ky so — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('6.3b@2026-Q4','ba-trang','6.3b',6,'Phần mềm Hộ tịch, Hệ thống thông tin giải quyết TTHC tỉnh — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'ttpvhcc-2',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'6.3b@2026-q4 phan mem ho tich, he thong thong tin giai quyet tthc tinh — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('6.3c@2026-Q4','ba-trang','6.3c',6,'Hệ thống báo cáo tỉnh, báo cáo Chính phủ — quý 4/2026','2026-12-14','2026-12',2,'todo',0,'van-hoa-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'6.3c@2026-q4 he thong bao cao tinh, bao cao chinh phu — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('6.4@2026-Q4','ba-trang','6.4',6,'Dịch vụ công trực tuyến, thanh toán trực tuyến, số hóa hồ sơ, lưu trữ điện tử — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'ttpvhcc-2',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'6.4@2026-q4 dich vu cong truc tuyen, thanh toan truc tuyen, so hoa ho so, luu tru dien tu — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('6.5@2026-Q4','ba-trang','6.5',6,'Thực hiện Đề án 06 tại địa phương — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'pho-chu-tich-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'6.5@2026-q4 thuc hien de an 06 tai dia phuong — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
INSERT INTO duties VALUES('6.6@2026-Q4','ba-trang','6.6',6,'Kỹ năng số của cán bộ, công chức; 100% văn bản điện tử — quý 4/2026','2026-12-14','2026-12',4,'todo',0,'van-hoa-1',0,NULL,'2026-11-30T03:31:03.619Z','2026-11-30T03:31:03.619Z',1,'6.6@2026-q4 ky nang so cua can bo, cong chuc; 100% van ban dien tu — quy 4/2026',NULL,NULL,NULL,NULL,NULL);
CREATE TABLE duty_coordinators (
  duty_id     TEXT NOT NULL REFERENCES duties(id) ON DELETE CASCADE,
  official_id TEXT NOT NULL REFERENCES officials(id),
  PRIMARY KEY (duty_id, official_id)
) WITHOUT ROWID;
INSERT INTO duty_coordinators VALUES('3.1@2026-Q4','bi-thu-dang-uy');
INSERT INTO duty_coordinators VALUES('1.6@2026-Q4','bi-thu-doan');
INSERT INTO duty_coordinators VALUES('0.5@2026-H2','chu-tich');
INSERT INTO duty_coordinators VALUES('3.3b@2026-Q4','chu-tich');
INSERT INTO duty_coordinators VALUES('4.2@2026','chu-tich');
INSERT INTO duty_coordinators VALUES('1.2@2026-Q4','chu-tich-hdnd');
INSERT INTO duty_coordinators VALUES('1.6@2026-Q4','chu-tich-hoi-ccb');
INSERT INTO duty_coordinators VALUES('1.6@2026-Q4','chu-tich-hoi-nong-dan');
INSERT INTO duty_coordinators VALUES('1.6@2026-Q4','chu-tich-hoi-phu-nu');
INSERT INTO duty_coordinators VALUES('0.5@2026-H2','chu-tich-mttq');
INSERT INTO duty_coordinators VALUES('1.6@2026-Q4','chu-tich-mttq');
INSERT INTO duty_coordinators VALUES('0.14@2026','dia-chinh-1');
INSERT INTO duty_coordinators VALUES('6.1@2026-Q4','dia-chinh-1');
INSERT INTO duty_coordinators VALUES('1.4@2026-Q4','noi-vu-1');
INSERT INTO duty_coordinators VALUES('1.6@2026-Q4','noi-vu-1');
INSERT INTO duty_coordinators VALUES('2.3a@2026-Q4','noi-vu-1');
INSERT INTO duty_coordinators VALUES('2.3b@2026-Q4','noi-vu-1');
INSERT INTO duty_coordinators VALUES('3.3a@2026-Q4','noi-vu-1');
INSERT INTO duty_coordinators VALUES('4.3@2026-Q4','noi-vu-1');
INSERT INTO duty_coordinators VALUES('6.3c@2026-Q4','noi-vu-1');
INSERT INTO duty_coordinators VALUES('6.6@2026-Q4','noi-vu-1');
INSERT INTO duty_coordinators VALUES('DX-2026-002','noi-vu-1');
INSERT INTO duty_coordinators VALUES('3.1@2026-Q4','pho-bi-thu-dang-uy');
INSERT INTO duty_coordinators VALUES('4.2@2026','pho-chu-tich-1');
INSERT INTO duty_coordinators VALUES('0.14@2026','tai-chinh-1');
INSERT INTO duty_coordinators VALUES('6.1@2026-Q4','tai-chinh-1');
INSERT INTO duty_coordinators VALUES('0.14@2026','ttpvhcc-1');
INSERT INTO duty_coordinators VALUES('0.5@2026-H2','ttpvhcc-1');
INSERT INTO duty_coordinators VALUES('2.1a@2026-Q4','ttpvhcc-1');
INSERT INTO duty_coordinators VALUES('2.1b@2026-Q4','ttpvhcc-1');
INSERT INTO duty_coordinators VALUES('6.5@2026-Q4','ttpvhcc-1');
INSERT INTO duty_coordinators VALUES('DX-2026-001','ttpvhcc-1');
INSERT INTO duty_coordinators VALUES('0.14@2026','ttpvhcc-2');
INSERT INTO duty_coordinators VALUES('0.5@2026-H2','ttpvhcc-2');
INSERT INTO duty_coordinators VALUES('2.1b@2026-Q4','ttpvhcc-2');
INSERT INTO duty_coordinators VALUES('6.3a@2026-Q4','ttpvhcc-2');
INSERT INTO duty_coordinators VALUES('6.5@2026-Q4','ttpvhcc-2');
INSERT INTO duty_coordinators VALUES('0.14@2026','tu-phap-1');
INSERT INTO duty_coordinators VALUES('1.1@2026-Q4','tu-phap-1');
INSERT INTO duty_coordinators VALUES('2.1a@2026-Q4','tu-phap-1');
INSERT INTO duty_coordinators VALUES('2.2@2026-Q4','tu-phap-1');
INSERT INTO duty_coordinators VALUES('3.2@2026-Q4','tu-phap-1');
INSERT INTO duty_coordinators VALUES('4.4@2026-Q4','tu-phap-1');
INSERT INTO duty_coordinators VALUES('5.2@2026','tu-phap-1');
INSERT INTO duty_coordinators VALUES('5.3@2026-Q4','tu-phap-1');
INSERT INTO duty_coordinators VALUES('6.3b@2026-Q4','tu-phap-1');
INSERT INTO duty_coordinators VALUES('6.4@2026-Q4','tu-phap-1');
INSERT INTO duty_coordinators VALUES('6.5@2026-Q4','tu-phap-1');
INSERT INTO duty_coordinators VALUES('1.4@2026-Q4','van-hoa-1');
INSERT INTO duty_coordinators VALUES('1.6@2026-Q4','van-hoa-1');
INSERT INTO duty_coordinators VALUES('2.3a@2026-Q4','van-hoa-1');
INSERT INTO duty_coordinators VALUES('2.3b@2026-Q4','van-hoa-1');
INSERT INTO duty_coordinators VALUES('4.3@2026-Q4','van-hoa-1');
INSERT INTO duty_coordinators VALUES('1.4@2026-Q4','van-hoa-2');
INSERT INTO duty_coordinators VALUES('1.6@2026-Q4','van-hoa-2');
INSERT INTO duty_coordinators VALUES('2.3a@2026-Q4','van-hoa-2');
INSERT INTO duty_coordinators VALUES('2.3b@2026-Q4','van-hoa-2');
INSERT INTO duty_coordinators VALUES('3.3a@2026-Q4','van-hoa-2');
INSERT INTO duty_coordinators VALUES('4.3@2026-Q4','van-hoa-2');
INSERT INTO duty_coordinators VALUES('6.3c@2026-Q4','van-hoa-2');
INSERT INTO duty_coordinators VALUES('6.6@2026-Q4','van-hoa-2');
INSERT INTO duty_coordinators VALUES('0.14@2026','van-phong-1');
INSERT INTO duty_coordinators VALUES('1.1@2026-Q4','van-phong-1');
INSERT INTO duty_coordinators VALUES('2.1a@2026-Q4','van-phong-1');
INSERT INTO duty_coordinators VALUES('2.2@2026-Q4','van-phong-1');
INSERT INTO duty_coordinators VALUES('3.2@2026-Q4','van-phong-1');
INSERT INTO duty_coordinators VALUES('4.4@2026-Q4','van-phong-1');
INSERT INTO duty_coordinators VALUES('5.2@2026','van-phong-1');
INSERT INTO duty_coordinators VALUES('5.3@2026-Q4','van-phong-1');
INSERT INTO duty_coordinators VALUES('6.3b@2026-Q4','van-phong-1');
INSERT INTO duty_coordinators VALUES('6.4@2026-Q4','van-phong-1');
INSERT INTO duty_coordinators VALUES('6.5@2026-Q4','van-phong-1');
CREATE TABLE duty_progress (
  id          INTEGER PRIMARY KEY,
  duty_id     TEXT NOT NULL REFERENCES duties(id) ON DELETE CASCADE,
  at          TEXT NOT NULL,
  official_id TEXT REFERENCES officials(id),
  status      TEXT NOT NULL CHECK (status IN ('todo', 'doing', 'done', 'cancelled')),
  percent     INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
  note        TEXT
, day TEXT CHECK (day IS NULL OR date(day, '+0 days') IS day), part TEXT CHECK (part IS NULL OR part IN ('lead', 'coordinator', 'chair')));
INSERT INTO duty_progress VALUES(1,'DX-2026-003','2026-11-30T03:31:02.473Z','chu-tich','cancelled',0,'Trùng với nhiệm vụ 2.1a','2026-11-20','chair');
INSERT INTO duty_progress VALUES(2,'DX-2026-001','2026-11-30T03:31:02.496Z','tu-phap-1','doing',50,'Đã gửi giấy mời','2026-11-25','lead');
INSERT INTO duty_progress VALUES(3,'DX-2026-001','2026-11-30T03:31:02.522Z','ttpvhcc-1','doing',80,'Phần một cửa xong','2026-11-26','coordinator');
INSERT INTO duty_progress VALUES(4,'DX-2026-001','2026-11-30T03:31:02.548Z','tu-phap-1','done',100,'Đã tổ chức hội nghị','2026-11-28','lead');
INSERT INTO duty_progress VALUES(5,'DX-2026-002','2026-11-30T03:31:02.570Z','van-phong-1','doing',30,'Đang rà soát','2026-11-29','lead');
CREATE TABLE leaves (
  id          INTEGER PRIMARY KEY,
  official_id TEXT NOT NULL REFERENCES officials(id),
  first_day   TEXT NOT NULL CHECK (date(first_day, '+0 days') IS first_day),
  last_day    TEXT NOT NULL CHECK (date(last_day, '+0 days') IS last_day AND last_day >= first_day),
  reason      TEXT,
  cancelled   INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
  created_at  TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);
INSERT INTO leaves VALUES(1,'van-hoa-1','2026-12-01','2026-12-05','Nghỉ phép',0,'2026-11-30T03:31:02.474Z',1);
CREATE TABLE audit (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  at          TEXT NOT NULL,
  official_id TEXT,
  os_user     TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action <> ''),
  entity      TEXT NOT NULL,
  entity_id   TEXT,
  before      TEXT CHECK (before IS NULL OR json_valid(before)),
  after       TEXT CHECK (after IS NULL OR json_valid(after))
, channel TEXT CHECK (channel IS NULL OR channel IN ('shell', 'json', 'http')), os_uid INTEGER CHECK (os_uid IS NULL OR os_uid >= 0), remote_addr TEXT NOT NULL DEFAULT '');
INSERT INTO audit VALUES(1,'2026-11-30T03:31:02.419Z',NULL,'root','init','database',NULL,NULL,'{"activeOfficials":20,"areas":7,"baselineFigures":39,"calendarDays":70,"indicators":9,"itemsByArea":{"0":14,"1":6,"2":5,"3":4,"4":4,"5":3,"6":8},"officials":21,"planItems":44,"positions":11,"skills":13,"units":1}','shell',0,'');
INSERT INTO audit VALUES(2,'2026-11-30T03:31:02.457Z','chu-tich','root','duties.create','duty','DX-2026-001',NULL,'{"area":2,"coordinators":["ttpvhcc-1"],"due":"2026-12-15","effort":6,"id":"DX-2026-001","lead":"tu-phap-1","note":"Chuẩn bị hội trường","overdue":false,"percent":0,"period":"2026-12","pinned":true,"planItem":null,"status":"todo","title":"Hội nghị đối thoại với người dân về TTHC","version":1,"warnings":[]}','json',0,'');
INSERT INTO audit VALUES(3,'2026-11-30T03:31:02.459Z','chu-tich','root','duties.create','duty','DX-2026-002',NULL,'{"area":2,"coordinators":[],"due":"2026-12-20","effort":4,"id":"DX-2026-002","lead":null,"note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":null,"status":"todo","title":"Rà soát TTHC quý IV","version":1}','json',0,'');
INSERT INTO audit VALUES(4,'2026-11-30T03:31:02.460Z','chu-tich','root','duties.create','duty','DX-2026-003',NULL,'{"area":1,"coordinators":[],"due":"2026-12-30","effort":2,"id":"DX-2026-003","lead":null,"note":"Ghi chú gốc","overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":null,"status":"todo","title":"Việc sẽ hủy","version":1}','json',0,'');
INSERT INTO audit VALUES(5,'2026-11-30T03:31:02.471Z','chu-tich','root','duties.assign','duty','DX-2026-002','{"area":2,"coordinators":[],"due":"2026-12-20","effort":4,"id":"DX-2026-002","lead":null,"note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":null,"status":"todo","title":"Rà soát TTHC quý IV","version":1}','{"area":2,"coordinators":["noi-vu-1"],"due":"2026-12-20","effort":4,"id":"DX-2026-002","lead":"van-phong-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":null,"status":"todo","title":"Rà soát TTHC quý IV","version":2,"warnings":[]}','json',0,'');
INSERT INTO audit VALUES(6,'2026-11-30T03:31:02.473Z','chu-tich','root','duties.cancel','duty','DX-2026-003','{"area":1,"coordinators":[],"due":"2026-12-30","effort":2,"id":"DX-2026-003","lead":null,"note":"Ghi chú gốc","overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":null,"status":"todo","title":"Việc sẽ hủy","version":1}','{"area":1,"cancelReason":"Trùng với nhiệm vụ 2.1a","cancelledOn":"2026-11-20","coordinators":[],"due":"2026-12-30","effort":2,"id":"DX-2026-003","lead":null,"note":"Ghi chú gốc","overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":null,"status":"cancelled","title":"Việc sẽ hủy","version":2}','json',0,'');
INSERT INTO audit VALUES(7,'2026-11-30T03:31:02.474Z','chu-tich','root','officials.leave','leave','1',NULL,'{"cancelled":false,"from":"2026-12-01","id":1,"official":"van-hoa-1","reason":"Nghỉ phép","to":"2026-12-05","version":1}','json',0,'');
INSERT INTO audit VALUES(8,'2026-11-30T03:31:02.476Z','chu-tich','root','officials.update','official','quan-su-1','{"active":true,"capacity":16,"capacityThisMonth":16,"id":"quan-su-1","kind":"cong-chuc","legacyTitle":"Chỉ huy trưởng Ban Chỉ huy Quân sự","loadThisMonth":0,"name":"Chỉ huy trưởng Ban Chỉ huy Quân sự xã","position":"quan-su","role":"official","skills":["quan-su"],"version":1}','{"active":true,"capacity":12,"capacityThisMonth":12,"id":"quan-su-1","kind":"cong-chuc","legacyTitle":"Chỉ huy trưởng Ban Chỉ huy Quân sự","loadThisMonth":0,"name":"Chỉ huy trưởng Ban Chỉ huy Quân sự xã","position":"quan-su","role":"official","skills":["quan-su"],"version":2}','json',0,'');
INSERT INTO audit VALUES(9,'2026-11-30T03:31:02.497Z','tu-phap-1','root','duties.progress','duty','DX-2026-001','{"area":2,"coordinators":["ttpvhcc-1"],"due":"2026-12-15","effort":6,"id":"DX-2026-001","lead":"tu-phap-1","note":"Chuẩn bị hội trường","overdue":false,"percent":0,"period":"2026-12","pinned":true,"planItem":null,"status":"todo","title":"Hội nghị đối thoại với người dân về TTHC","version":1}','{"area":2,"coordinators":["ttpvhcc-1"],"due":"2026-12-15","effort":6,"id":"DX-2026-001","lead":"tu-phap-1","note":"Chuẩn bị hội trường","overdue":false,"percent":50,"period":"2026-12","pinned":true,"planItem":null,"status":"doing","title":"Hội nghị đối thoại với người dân về TTHC","version":2}','json',0,'');
INSERT INTO audit VALUES(10,'2026-11-30T03:31:02.499Z','tu-phap-1','root','refused','duties.cancel','DX-2026-002',NULL,'{"en":"duties.cancel needs the role chair; you are official.","kind":"forbidden","method":"duties.cancel"}','json',0,'');
INSERT INTO audit VALUES(11,'2026-11-30T03:31:02.523Z','ttpvhcc-1','root','duties.progress','duty','DX-2026-001','{"area":2,"coordinators":["ttpvhcc-1"],"due":"2026-12-15","effort":6,"id":"DX-2026-001","lead":"tu-phap-1","note":"Chuẩn bị hội trường","overdue":false,"percent":50,"period":"2026-12","pinned":true,"planItem":null,"status":"doing","title":"Hội nghị đối thoại với người dân về TTHC","version":2}','{"area":2,"coordinators":["ttpvhcc-1"],"due":"2026-12-15","effort":6,"id":"DX-2026-001","lead":"tu-phap-1","note":"Chuẩn bị hội trường","overdue":false,"percent":50,"period":"2026-12","pinned":true,"planItem":null,"status":"doing","title":"Hội nghị đối thoại với người dân về TTHC","version":3}','json',0,'');
INSERT INTO audit VALUES(12,'2026-11-30T03:31:02.550Z','tu-phap-1','root','duties.complete','duty','DX-2026-001','{"area":2,"coordinators":["ttpvhcc-1"],"due":"2026-12-15","effort":6,"id":"DX-2026-001","lead":"tu-phap-1","note":"Chuẩn bị hội trường","overdue":false,"percent":50,"period":"2026-12","pinned":true,"planItem":null,"status":"doing","title":"Hội nghị đối thoại với người dân về TTHC","version":3}','{"area":2,"completedOn":"2026-11-28","coordinators":["ttpvhcc-1"],"due":"2026-12-15","effort":6,"evidence":"Biên bản số 12/BB-UBND","id":"DX-2026-001","lead":"tu-phap-1","note":"Chuẩn bị hội trường","overdue":false,"percent":100,"period":"2026-12","pinned":true,"planItem":null,"result":"Đã tổ chức hội nghị","status":"done","title":"Hội nghị đối thoại với người dân về TTHC","version":4}','json',0,'');
INSERT INTO audit VALUES(13,'2026-11-30T03:31:02.572Z','van-phong-1','root','duties.progress','duty','DX-2026-002','{"area":2,"coordinators":["noi-vu-1"],"due":"2026-12-20","effort":4,"id":"DX-2026-002","lead":"van-phong-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":null,"status":"todo","title":"Rà soát TTHC quý IV","version":2}','{"area":2,"coordinators":["noi-vu-1"],"due":"2026-12-20","effort":4,"id":"DX-2026-002","lead":"van-phong-1","note":null,"overdue":false,"percent":30,"period":"2026-12","pinned":false,"planItem":null,"status":"doing","title":"Rà soát TTHC quý IV","version":3}','json',0,'');
INSERT INTO audit VALUES(14,'2026-11-30T03:31:03.623Z','chu-tich','root','schedule.run','duty','0.5@2026-H2',NULL,'{"area":0,"coordinators":["chu-tich","chu-tich-mttq","ttpvhcc-1","ttpvhcc-2"],"due":"2026-12-14","effort":8,"id":"0.5@2026-H2","lead":"van-phong-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"0.5","status":"todo","title":"Hội nghị đối thoại của Chủ tịch UBND xã về TTHC — 6 tháng cuối năm 2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(15,'2026-11-30T03:31:03.624Z','chu-tich','root','schedule.run','duty','0.14@2026',NULL,'{"area":0,"coordinators":["dia-chinh-1","tai-chinh-1","ttpvhcc-1","ttpvhcc-2","tu-phap-1","van-phong-1"],"due":"2026-12-14","effort":12,"id":"0.14@2026","lead":"noi-vu-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"0.14","status":"todo","title":"Báo cáo CCHC năm 2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(16,'2026-11-30T03:31:03.624Z','chu-tich','root','schedule.run','duty','1.1@2026-Q4',NULL,'{"area":1,"coordinators":["tu-phap-1","van-phong-1"],"due":"2026-12-14","effort":4,"id":"1.1@2026-Q4","lead":"noi-vu-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"1.1","status":"todo","title":"Cụ thể hóa Nghị quyết 76/NQ-CP tại địa phương — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(17,'2026-11-30T03:31:03.625Z','chu-tich','root','schedule.run','duty','1.2@2026-Q4',NULL,'{"area":1,"coordinators":["chu-tich-hdnd"],"due":"2026-12-14","effort":4,"id":"1.2@2026-Q4","lead":"tu-phap-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"1.2","status":"todo","title":"Kiểm tra, rà soát văn bản quy phạm pháp luật — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(18,'2026-11-30T03:31:03.625Z','chu-tich','root','schedule.run','duty','1.4@2026-Q4',NULL,'{"area":1,"coordinators":["noi-vu-1","van-hoa-1","van-hoa-2"],"due":"2026-12-14","effort":4,"id":"1.4@2026-Q4","lead":"tu-phap-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"1.4","status":"todo","title":"Đổi mới kiểm tra trách nhiệm quản lý nhà nước về thi hành pháp luật — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(19,'2026-11-30T03:31:03.626Z','chu-tich','root','schedule.run','duty','1.6@2026-Q4',NULL,'{"area":1,"coordinators":["bi-thu-doan","chu-tich-hoi-ccb","chu-tich-hoi-nong-dan","chu-tich-hoi-phu-nu","chu-tich-mttq","noi-vu-1","van-hoa-1","van-hoa-2"],"due":"2026-12-14","effort":4,"id":"1.6@2026-Q4","lead":"ttpvhcc-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"1.6","status":"todo","title":"Tuyên truyền; phản biện, giám sát thi hành pháp luật — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(20,'2026-11-30T03:31:03.626Z','chu-tich','root','schedule.run','duty','2.1a@2026-Q4',NULL,'{"area":2,"coordinators":["ttpvhcc-1","tu-phap-1","van-phong-1"],"due":"2026-12-14","effort":4,"id":"2.1a@2026-Q4","lead":"ttpvhcc-2","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"2.1a","status":"todo","title":"Kiểm soát quy định TTHC; loại bỏ thủ tục rườm rà — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(21,'2026-11-30T03:31:03.626Z','chu-tich','root','schedule.run','duty','2.1b@2026-Q4',NULL,'{"area":2,"coordinators":["ttpvhcc-1","ttpvhcc-2"],"due":"2026-12-14","effort":4,"id":"2.1b@2026-Q4","lead":"pho-chu-tich-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"2.1b","status":"todo","title":"Cắt giảm thành phần hồ sơ, mẫu đơn, tờ khai — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(22,'2026-11-30T03:31:03.627Z','chu-tich','root','schedule.run','duty','2.2@2026-Q4',NULL,'{"area":2,"coordinators":["tu-phap-1","van-phong-1"],"due":"2026-12-14","effort":4,"id":"2.2@2026-Q4","lead":"ttpvhcc-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"2.2","status":"todo","title":"Cập nhật, công khai TTHC — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(23,'2026-11-30T03:31:03.627Z','chu-tich','root','schedule.run','duty','2.3a@2026-Q4',NULL,'{"area":2,"coordinators":["noi-vu-1","van-hoa-1","van-hoa-2"],"due":"2026-12-14","effort":4,"id":"2.3a@2026-Q4","lead":"ttpvhcc-2","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"2.3a","status":"todo","title":"Khai thác Cơ sở dữ liệu TTHC trên Cổng Dịch vụ công quốc gia — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(24,'2026-11-30T03:31:03.628Z','chu-tich','root','schedule.run','duty','2.3b@2026-Q4',NULL,'{"area":2,"coordinators":["noi-vu-1","van-hoa-1","van-hoa-2"],"due":"2026-12-14","effort":4,"id":"2.3b@2026-Q4","lead":"pho-chu-tich-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"2.3b","status":"todo","title":"Đổi mới cơ chế một cửa, một cửa liên thông — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(25,'2026-11-30T03:31:03.628Z','chu-tich','root','schedule.run','duty','3.1@2026-Q4',NULL,'{"area":3,"coordinators":["bi-thu-dang-uy","pho-bi-thu-dang-uy"],"due":"2026-12-14","effort":4,"id":"3.1@2026-Q4","lead":"chu-tich","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"3.1","status":"todo","title":"Sắp xếp, kiện toàn, tinh gọn bộ máy; mỗi việc một tổ chức chủ trì — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(26,'2026-11-30T03:31:03.629Z','chu-tich','root','schedule.run','duty','3.2@2026-Q4',NULL,'{"area":3,"coordinators":["tu-phap-1","van-phong-1"],"due":"2026-12-14","effort":4,"id":"3.2@2026-Q4","lead":"van-hoa-2","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"3.2","status":"todo","title":"Phân cấp, phân quyền trong quản lý nhà nước — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(27,'2026-11-30T03:31:03.629Z','chu-tich','root','schedule.run','duty','3.3a@2026-Q4',NULL,'{"area":3,"coordinators":["noi-vu-1","van-hoa-2"],"due":"2026-12-14","effort":4,"id":"3.3a@2026-Q4","lead":"van-hoa-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"3.3a","status":"todo","title":"Đổi mới phương thức làm việc; ứng dụng khoa học, công nghệ — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(28,'2026-11-30T03:31:03.629Z','chu-tich','root','schedule.run','duty','3.3b@2026-Q4',NULL,'{"area":3,"coordinators":["chu-tich"],"due":"2026-12-14","effort":4,"id":"3.3b@2026-Q4","lead":"ttpvhcc-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"3.3b","status":"todo","title":"Chỉ đạo, điều hành trên môi trường số; họp trực tuyến, không giấy tờ — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(29,'2026-11-30T03:31:03.630Z','chu-tich','root','schedule.run','duty','4.1@2026-Q4',NULL,'{"area":4,"coordinators":[],"due":"2026-12-14","effort":4,"id":"4.1@2026-Q4","lead":"chu-tich","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"4.1","status":"todo","title":"Quản lý, sử dụng đội ngũ cán bộ, công chức — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(30,'2026-11-30T03:31:03.630Z','chu-tich','root','schedule.run','duty','4.2@2026',NULL,'{"area":4,"coordinators":["chu-tich","pho-chu-tich-1"],"due":"2026-12-15","effort":8,"id":"4.2@2026","lead":"van-hoa-2","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"4.2","status":"todo","title":"Đánh giá, phân loại cán bộ, công chức lượng hóa theo kết quả — năm 2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(31,'2026-11-30T03:31:03.631Z','chu-tich','root','schedule.run','duty','4.3@2026-Q4',NULL,'{"area":4,"coordinators":["noi-vu-1","van-hoa-1","van-hoa-2"],"due":"2026-12-14","effort":2,"id":"4.3@2026-Q4","lead":"chu-tich","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"4.3","status":"todo","title":"Kỷ luật, kỷ cương hành chính; trách nhiệm người đứng đầu — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(32,'2026-11-30T03:31:03.631Z','chu-tich','root','schedule.run','duty','4.4@2026-Q4',NULL,'{"area":4,"coordinators":["tu-phap-1","van-phong-1"],"due":"2026-12-14","effort":4,"id":"4.4@2026-Q4","lead":"van-hoa-2","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"4.4","status":"todo","title":"Đào tạo, bồi dưỡng gắn với vị trí việc làm; bồi dưỡng CNTT — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(33,'2026-11-30T03:31:03.632Z','chu-tich','root','schedule.run','duty','5.2@2026',NULL,'{"area":5,"coordinators":["tu-phap-1","van-phong-1"],"due":"2026-12-31","effort":8,"id":"5.2@2026","lead":"tai-chinh-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"5.2","status":"todo","title":"Kiểm kê, công khai dự toán ngân sách và tài sản — năm 2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(34,'2026-11-30T03:31:03.632Z','chu-tich','root','schedule.run','duty','5.3@2026-Q4',NULL,'{"area":5,"coordinators":["tu-phap-1","van-phong-1"],"due":"2026-12-14","effort":2,"id":"5.3@2026-Q4","lead":"tai-chinh-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"5.3","status":"todo","title":"Quản lý, sử dụng tài sản công — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(35,'2026-11-30T03:31:03.632Z','chu-tich','root','schedule.run','duty','6.1@2026-Q4',NULL,'{"area":6,"coordinators":["dia-chinh-1","tai-chinh-1"],"due":"2026-12-14","effort":2,"id":"6.1@2026-Q4","lead":"van-phong-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"6.1","status":"todo","title":"Đề xuất đầu tư hạ tầng kỹ thuật viễn thông — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(36,'2026-11-30T03:31:03.633Z','chu-tich','root','schedule.run','duty','6.2@2026-Q4',NULL,'{"area":6,"coordinators":[],"due":"2026-12-14","effort":2,"id":"6.2@2026-Q4","lead":"van-phong-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"6.2","status":"todo","title":"Hệ thống hội nghị truyền hình trực tuyến — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(37,'2026-11-30T03:31:03.633Z','chu-tich','root','schedule.run','duty','6.3a@2026-Q4',NULL,'{"area":6,"coordinators":["ttpvhcc-2"],"due":"2026-12-14","effort":4,"id":"6.3a@2026-Q4","lead":"ttpvhcc-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"6.3a","status":"todo","title":"Hệ thống quản lý văn bản và điều hành; ký số — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(38,'2026-11-30T03:31:03.634Z','chu-tich','root','schedule.run','duty','6.3b@2026-Q4',NULL,'{"area":6,"coordinators":["tu-phap-1","van-phong-1"],"due":"2026-12-14","effort":4,"id":"6.3b@2026-Q4","lead":"ttpvhcc-2","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"6.3b","status":"todo","title":"Phần mềm Hộ tịch, Hệ thống thông tin giải quyết TTHC tỉnh — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(39,'2026-11-30T03:31:03.634Z','chu-tich','root','schedule.run','duty','6.3c@2026-Q4',NULL,'{"area":6,"coordinators":["noi-vu-1","van-hoa-2"],"due":"2026-12-14","effort":2,"id":"6.3c@2026-Q4","lead":"van-hoa-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"6.3c","status":"todo","title":"Hệ thống báo cáo tỉnh, báo cáo Chính phủ — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(40,'2026-11-30T03:31:03.635Z','chu-tich','root','schedule.run','duty','6.4@2026-Q4',NULL,'{"area":6,"coordinators":["tu-phap-1","van-phong-1"],"due":"2026-12-14","effort":4,"id":"6.4@2026-Q4","lead":"ttpvhcc-2","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"6.4","status":"todo","title":"Dịch vụ công trực tuyến, thanh toán trực tuyến, số hóa hồ sơ, lưu trữ điện tử — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(41,'2026-11-30T03:31:03.635Z','chu-tich','root','schedule.run','duty','6.5@2026-Q4',NULL,'{"area":6,"coordinators":["ttpvhcc-1","ttpvhcc-2","tu-phap-1","van-phong-1"],"due":"2026-12-14","effort":4,"id":"6.5@2026-Q4","lead":"pho-chu-tich-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"6.5","status":"todo","title":"Thực hiện Đề án 06 tại địa phương — quý 4/2026","version":1}','shell',0,'');
INSERT INTO audit VALUES(42,'2026-11-30T03:31:03.635Z','chu-tich','root','schedule.run','duty','6.6@2026-Q4',NULL,'{"area":6,"coordinators":["noi-vu-1","van-hoa-2"],"due":"2026-12-14","effort":4,"id":"6.6@2026-Q4","lead":"van-hoa-1","note":null,"overdue":false,"percent":0,"period":"2026-12","pinned":false,"planItem":"6.6","status":"todo","title":"Kỹ năng số của cán bộ, công chức; 100% văn bản điện tử — quý 4/2026","version":1}','shell',0,'');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('audit',42);
CREATE INDEX officials_by_position ON officials(position_id);
CREATE INDEX officials_by_unit ON officials(unit_id);
CREATE INDEX duties_by_lead ON duties(lead_id, due);
CREATE INDEX duties_by_item ON duties(plan_item_id);
CREATE INDEX duties_by_due ON duties(due);
CREATE INDEX duty_coordinators_by_official ON duty_coordinators(official_id);
CREATE INDEX duty_progress_by_duty ON duty_progress(duty_id, at);
CREATE INDEX leaves_by_official ON leaves(official_id, first_day);
CREATE INDEX audit_by_entity ON audit(entity, entity_id);
CREATE INDEX audit_by_official ON audit(official_id, at);
CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'audit rows are never changed'); END;
CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'audit rows are never deleted'); END;
CREATE INDEX duties_by_period_lead ON duties(period, lead_id);
CREATE TRIGGER audit_rows_name_channel_and_uid BEFORE INSERT ON audit
  WHEN NEW.channel IS NULL OR NEW.os_uid IS NULL
  BEGIN SELECT RAISE(ABORT, 'an audit row names its channel and OS uid'); END;
COMMIT;
