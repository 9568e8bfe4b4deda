"""The posts of bench/nextrablog's commune site, as its editors wrote them (front matter values as
written, Vietnamese in NFC): (slug, title, date as written in the front matter, author as
written or None, tags, description for the listing, paragraphs, image (file, caption) or None,
attachment (file, link text) or None). Written by a non-tuner for this site only."""

from __future__ import annotations

POSTS = (
    ("hop-dan-ap-3-lam-duong-be-tong",
     "Ấp 3 họp dân bàn phương án bê tông hóa tuyến đường kênh Bờ Đông",
     "2023/8/14 19:30", "Lê Thị Mỹ Duyên", ["Giao thông nông thôn", "Nông thôn mới"],
     "Bà con ấp 3 thống nhất hiến đất, góp công làm đường.",
     ["Tối 14/8, Ban nhân dân ấp 3 tổ chức họp dân bàn phương án bê tông hóa tuyến đường dọc kênh "
      "Bờ Đông dài 1,8 km, với sự tham dự của hơn 70 hộ dân có đất giáp tuyến.",
      "Theo phương án được thông qua, mặt đường rộng 3,5 m, nhà nước hỗ trợ xi măng và đá, bà con "
      "góp ngày công và tự tháo dỡ hàng rào, cây trồng trong phạm vi mở rộng.",
      "Đến cuối buổi họp, 68 hộ đã ký cam kết hiến đất, tổng diện tích gần 900 m². Ban nhân dân ấp "
      "sẽ tiếp tục vận động các hộ còn lại trong tuần tới."],
     ("2023/08/hop-dan-ap-3.jpg", "Bà con ấp 3 biểu quyết thông qua phương án làm đường"), None),
    ("ra-quan-phong-chong-dich-sot-xuat-huyet",
     "Ra quân chiến dịch diệt lăng quăng, phòng chống sốt xuất huyết",
     "2023/8/26 07:15", "Trạm Y tế xã", ["Y tế", "Phòng chống dịch"],
     "Hơn 150 đoàn viên, hội viên tham gia ra quân.",
     ["Sáng 26/8, Ban Chỉ đạo chăm sóc sức khỏe nhân dân xã phối hợp Trạm Y tế tổ chức ra quân "
      "chiến dịch diệt lăng quăng, bọ gậy tại 6 ấp trên địa bàn.",
      "Các tổ xung kích đã kiểm tra hơn 1.200 hộ, hướng dẫn bà con đậy kín dụng cụ chứa nước, thu "
      "gom vỏ lon, lốp xe cũ và thả cá bảy màu vào các lu, khạp.",
      "Từ đầu năm đến nay, toàn xã ghi nhận 9 ca sốt xuất huyết, giảm 5 ca so với cùng kỳ năm "
      "trước, không có ca tử vong."],
     None, None),
    ("khai-giang-nam-hoc-2023-2024",
     "Các trường trên địa bàn xã khai giảng năm học 2023 - 2024",
     "2023/9/5 09:00", "Nguyễn Hoàng Phúc", ["Giáo dục"],
     "Gần 1.400 học sinh bước vào năm học mới.",
     ["Sáng 5/9, Trường Mẫu giáo Tân Thạnh, Trường Tiểu học Tân Thạnh A, Tiểu học Tân Thạnh B và "
      "Trường THCS Tân Thạnh đồng loạt tổ chức lễ khai giảng năm học mới.",
      "Năm học này, toàn xã có 1.386 học sinh các cấp, trong đó 212 em vào lớp 1. Trường THCS "
      "Tân Thạnh đưa vào sử dụng 4 phòng học bộ môn mới xây.",
      "Dịp này, Hội Khuyến học xã trao 40 suất học bổng, mỗi suất 1 triệu đồng cho học sinh có "
      "hoàn cảnh khó khăn vượt khó học tốt."],
     ("2023/09/khai-giang.jpg", "Lãnh đạo xã đánh trống khai giảng tại Trường THCS Tân Thạnh"),
     None),
    ("thong-bao-lich-tiep-cong-dan-quy-iv-2023",
     "Thông báo lịch tiếp công dân định kỳ quý IV năm 2023",
     "2023/9/28 16:45", None, ["Thông báo", "Tiếp công dân"],
     "Chủ tịch UBND xã tiếp công dân vào thứ Năm tuần thứ hai hằng tháng.",
     ["Thực hiện Luật Tiếp công dân, UBND xã Tân Thạnh thông báo lịch tiếp công dân định kỳ của "
      "Chủ tịch UBND xã trong quý IV năm 2023 như sau.",
      "Ngày 12/10, ngày 09/11 và ngày 14/12/2023, buổi sáng từ 7 giờ 30 đến 11 giờ, tại phòng "
      "tiếp công dân, trụ sở UBND xã.",
      "Công dân đến phản ánh, kiến nghị mang theo căn cước công dân và các giấy tờ liên quan."],
     None, ("2023/09/lich-tiep-cong-dan-quy-iv.pdf", "Lịch tiếp công dân quý IV năm 2023")),
    ("hoi-thi-nha-nong-dua-tai",
     "Sôi nổi hội thi nhà nông đua tài năm 2023",
     "2023/10/15 14:20", "Trần Văn Khởi", ["Hội Nông dân", "Văn hóa - Thể thao"],
     "Sáu đội thi đến từ các chi hội nông dân ấp.",
     ["Chiều 15/10, Hội Nông dân xã tổ chức hội thi nhà nông đua tài với sự tham gia của 6 đội "
      "đến từ các chi hội ấp.",
      "Các đội thi qua ba phần: chào hỏi, kiến thức về kỹ thuật canh tác lúa giảm phát thải và "
      "xử lý tình huống về liên kết tiêu thụ nông sản.",
      "Kết quả, đội ấp 5 đạt giải nhất, đội ấp 2 đạt giải nhì, đội ấp 1 và ấp 6 đồng giải ba."],
     ("2023/10/nha-nong-dua-tai.jpg", "Đội ấp 5 trong phần thi xử lý tình huống"), None),
    ("trao-nha-dai-doan-ket-ap-6",
     "Trao nhà Đại đoàn kết cho hộ cận nghèo ở ấp 6",
     "2023/11/2 10:00", "Lê Thị Mỹ Duyên", ["Mặt trận Tổ quốc", "An sinh xã hội"],
     "Căn nhà trị giá 60 triệu đồng do Ủy ban MTTQ xã vận động.",
     ["Sáng 2/11, Ủy ban MTTQ Việt Nam xã phối hợp Ban nhân dân ấp 6 tổ chức bàn giao nhà Đại "
      "đoàn kết cho gia đình ông Võ Văn Tám, hộ cận nghèo.",
      "Căn nhà có diện tích 48 m², tổng kinh phí 60 triệu đồng, trong đó Quỹ Vì người nghèo xã hỗ "
      "trợ 40 triệu đồng, phần còn lại do gia đình và bà con lối xóm góp công, góp vật liệu.",
      "Từ đầu năm, xã đã xây mới và sửa chữa 7 căn nhà Đại đoàn kết cho hộ nghèo, cận nghèo."],
     None, None),
    ("ngay-hoi-dai-doan-ket-toan-dan-toc-2023",
     "Ấp 2 tổ chức Ngày hội Đại đoàn kết toàn dân tộc",
     "2023-11-16", "Phạm Thị Thu Hà, Nguyễn Hoàng Phúc", ["Mặt trận Tổ quốc", "Văn hóa - Thể thao"],
     "Ngày hội nhân kỷ niệm 93 năm Ngày truyền thống MTTQ Việt Nam.",
     ["Nhân kỷ niệm 93 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam, ấp 2 tổ chức "
      "Ngày hội Đại đoàn kết toàn dân tộc tại nhà văn hóa ấp.",
      "Ngày hội có phần lễ ôn lại truyền thống, biểu dương 12 hộ gia đình văn hóa tiêu biểu và "
      "phần hội với các trò chơi dân gian kéo co, đập om, nấu cơm thi.",
      "Dịp này, ấp trao 20 phần quà cho hộ nghèo và người cao tuổi neo đơn."],
     ("2023/11/ngay-hoi-ap-2.jpg", "Trò chơi kéo co trong phần hội"), None),
    ("ky-hop-thu-10-hdnd-xa",
     "HĐND xã khóa XII tổ chức kỳ họp thứ 10",
     "2023/12/20 08:00", "Văn phòng HĐND - UBND xã", ["HĐND", "Kinh tế - xã hội"],
     "Kỳ họp thông qua 6 nghị quyết quan trọng.",
     ["Ngày 20/12, HĐND xã Tân Thạnh khóa XII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 10 để "
      "đánh giá tình hình kinh tế - xã hội năm 2023 và quyết định nhiệm vụ năm 2024.",
      "Năm 2023, tổng sản lượng lúa đạt 52.300 tấn, thu nhập bình quân đầu người 61 triệu đồng, "
      "tỷ lệ hộ nghèo giảm còn 1,2%.",
      "Kỳ họp đã thông qua 6 nghị quyết, trong đó có nghị quyết về dự toán thu, chi ngân sách và "
      "kế hoạch đầu tư công năm 2024."],
     None, ("2023/12/nghi-quyet-ky-hop-thu-10.pdf", "Các nghị quyết kỳ họp thứ 10")),
    ("cho-tet-0-dong",
     "Phiên chợ Tết 0 đồng cho hộ nghèo, hộ khó khăn",
     "2024/1/28 15:30", "Trần Văn Khởi", ["An sinh xã hội", "Tết"],
     "300 hộ nhận hàng Tết miễn phí tại phiên chợ.",
     ["Chiều 28/1, Đoàn Thanh niên xã phối hợp các nhà hảo tâm tổ chức phiên chợ Tết 0 đồng tại "
      "sân UBND xã.",
      "Mỗi hộ được phát phiếu mua hàng trị giá 500 nghìn đồng để tự chọn gạo, dầu ăn, bánh mứt, "
      "nước mắm và quần áo. Tổng giá trị phiên chợ hơn 150 triệu đồng."],
     ("2024/01/cho-tet-0-dong.jpg", "Người dân chọn hàng tại phiên chợ Tết 0 đồng"), None),
    ("tet-trong-cay-giap-thin-2024",
     "Phát động Tết trồng cây đời đời nhớ ơn Bác Hồ Xuân Giáp Thìn 2024",
     "2024/2/19 07:30", "Nguyễn Hoàng Phúc", ["Môi trường", "Nông thôn mới"],
     "Toàn xã trồng 2.000 cây sao, dầu dọc các tuyến đường.",
     ["Sáng mùng 10 Tết, tức ngày 19/2, Đảng ủy, UBND xã tổ chức lễ phát động Tết trồng cây tại "
      "tuyến đường liên ấp 4 - ấp 5.",
      "Các đại biểu và bà con đã trồng 300 cây sao. Trong tháng 2 và tháng 3, các ấp tiếp tục "
      "trồng thêm 1.700 cây xanh tại trường học, nhà văn hóa và các tuyến đường nông thôn mới "
      "kiểu mẫu."],
     None, None),
    ("giao-quan-nam-2024",
     "Xã Tân Thạnh tổ chức lễ giao nhận quân năm 2024",
     "2024/2/25 06:45", "Phạm Thị Thu Hà", ["Quốc phòng - An ninh"],
     "19 thanh niên lên đường nhập ngũ.",
     ["Sáng 25/2, Hội đồng Nghĩa vụ quân sự xã tổ chức lễ tiễn 19 thanh niên lên đường nhập ngũ, "
      "hoàn thành 100% chỉ tiêu huyện giao.",
      "Trong số tân binh có 3 đảng viên, 6 em có trình độ cao đẳng, đại học. Các gia đình có con "
      "nhập ngũ được xã tặng quà, mỗi phần 1 triệu đồng."],
     ("2024/02/giao-quan.jpg", "Tân binh xã Tân Thạnh chụp ảnh lưu niệm trước giờ lên đường"),
     None),
    ("ke-hoach-xuong-giong-he-thu-2024",
     "Kế hoạch xuống giống lúa vụ Hè Thu năm 2024",
     "2024/3/27 10:10", None, ["Nông nghiệp", "Thông báo"],
     "Lịch xuống giống tập trung trong hai đợt.",
     ["Căn cứ lịch thời vụ của huyện, UBND xã ban hành kế hoạch xuống giống lúa vụ Hè Thu với "
      "tổng diện tích 3.450 ha.",
      "Đợt một từ ngày 10 đến 20/4 cho các cánh đồng ấp 1, ấp 2, ấp 3; đợt hai từ ngày 21 đến "
      "30/4 cho các ấp còn lại. Bà con không xuống giống sớm hơn lịch để né rầy.",
      "Khuyến cáo sử dụng giống xác nhận OM 18, OM 5451, Đài Thơm 8, áp dụng quy trình một phải "
      "năm giảm."],
     None, ("2024/03/ke-hoach-xuong-giong-he-thu.pdf", "Kế hoạch số 27/KH-UBND")),
    ("tap-huan-chuyen-doi-so-cong-dong",
     "Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng",
     "2024/4/11 13:30", "Võ Minh Trí", ["Chuyển đổi số"],
     "42 thành viên tổ công nghệ số cộng đồng được tập huấn.",
     ["Chiều 11/4, UBND xã tổ chức tập huấn cho 42 thành viên tổ công nghệ số cộng đồng của 6 ấp.",
      "Học viên được hướng dẫn cài đặt, kích hoạt định danh điện tử mức 2, nộp hồ sơ trực tuyến "
      "trên Cổng dịch vụ công và thanh toán không dùng tiền mặt.",
      "Đến nay, xã đã có 68% người dân từ 14 tuổi trở lên kích hoạt tài khoản định danh điện tử."],
     ("2024/04/tap-huan-cds.jpg", "Học viên thực hành cài đặt ứng dụng định danh điện tử"),
     None),
    ("giai-bong-chuyen-nam-mung-30-4",
     "Giải bóng chuyền nam chào mừng ngày 30/4 và 1/5",
     "2024/4/28 17:00", "Trần Văn Khởi", ["Văn hóa - Thể thao"],
     "Tám đội bóng tranh tài trong ba ngày.",
     ["Chiều 28/4, trận chung kết giải bóng chuyền nam chào mừng 49 năm Ngày Giải phóng miền Nam, "
      "thống nhất đất nước đã diễn ra tại sân nhà văn hóa xã.",
      "Sau ba ngày tranh tài của 8 đội, đội Công an xã giành chức vô địch, đội ấp 4 về nhì, đội "
      "Trường THCS Tân Thạnh xếp thứ ba."],
     None, None),
    ("kiem-tra-an-toan-thuc-pham-thang-hanh-dong",
     "Kiểm tra an toàn thực phẩm trong Tháng hành động",
     "2024-05-20", "Trạm Y tế xã", ["Y tế", "An toàn thực phẩm"],
     "Đoàn kiểm tra 25 cơ sở kinh doanh thực phẩm.",
     ["Hưởng ứng Tháng hành động vì an toàn thực phẩm năm 2024, đoàn kiểm tra liên ngành của xã "
      "đã kiểm tra 25 cơ sở kinh doanh thực phẩm, quán ăn và bếp ăn trường học.",
      "Qua kiểm tra, đoàn nhắc nhở 4 cơ sở chưa bảo đảm điều kiện vệ sinh, tiêu hủy 12 kg thực "
      "phẩm không rõ nguồn gốc."],
     None, None),
    ("sap-xep-ap-giai-doan-2024",
     "Lấy ý kiến cử tri về sáp nhập ấp 5 và ấp 6",
     "2024/6/3 14:15", "Phạm Thị Thu Hà", ["Sắp xếp đơn vị hành chính", "Thông báo"],
     "Cử tri đồng thuận cao với phương án sáp nhập.",
     ["Ngày 3/6, UBND xã tổ chức lấy ý kiến cử tri đại diện hộ gia đình về đề án sáp nhập ấp 5 "
      "và ấp 6 thành ấp Tân Hòa.",
      "Kết quả có 612 trên 640 hộ đồng ý, đạt 95,6%. UBND xã sẽ hoàn thiện hồ sơ trình HĐND xã "
      "thông qua tại kỳ họp giữa năm.",
      "Sau sáp nhập, ấp Tân Hòa có 1.023 hộ, diện tích tự nhiên 1.240 ha."],
     ("2024/06/lay-y-kien-cu-tri.jpg", "Cử tri ấp 5 bỏ phiếu lấy ý kiến"), None),
    ("tuyen-duong-gia-dinh-van-hoa-tieu-bieu",
     "Tuyên dương 45 gia đình văn hóa tiêu biểu",
     "2024/6/28 08:30", "Nguyễn Hoàng Phúc, Võ Minh Trí", ["Văn hóa - Thể thao", "Gia đình"],
     "Nhân Ngày Gia đình Việt Nam 28/6.",
     ["Sáng 28/6, UBND xã tổ chức họp mặt kỷ niệm Ngày Gia đình Việt Nam và tuyên dương 45 gia "
      "đình văn hóa tiêu biểu giai đoạn 2022 - 2024.",
      "Nhiều gia đình được biểu dương là tấm gương trong phát triển kinh tế, nuôi dạy con cái "
      "học giỏi và tích cực tham gia các phong trào ở địa phương."],
     None, None),
    ("cap-nuoc-sach-ap-1",
     "Khởi công tuyến ống cấp nước sạch ấp 1",
     "2024/7/9 09:45", "Võ Minh Trí", ["Nước sạch", "Nông thôn mới"],
     "Tuyến ống dài 3,2 km phục vụ 260 hộ.",
     ["Sáng 9/7, Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh phối hợp UBND xã khởi "
      "công tuyến ống cấp nước sạch ấp 1.",
      "Công trình có tổng mức đầu tư 2,9 tỷ đồng, dự kiến hoàn thành trong 90 ngày, nâng tỷ lệ hộ "
      "dân dùng nước sạch của xã lên 92%."],
     None, None),
    ("phong-chong-thien-tai-mua-mua-2024",
     "Chủ động phòng, chống thiên tai mùa mưa bão năm 2024",
     "2024/8/1 11:00", None, ["Phòng chống thiên tai", "Thông báo"],
     "Xã kiện toàn Ban Chỉ huy phòng chống thiên tai.",
     ["UBND xã vừa kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn, phân công "
      "thành viên phụ trách từng ấp.",
      "Các ấp rà soát nhà ở không an toàn, cắt tỉa cây xanh ven đường, chuẩn bị lương thực, "
      "thuốc men và phương tiện theo phương châm bốn tại chỗ.",
      "Người dân theo dõi bản tin dự báo thời tiết, không neo đậu ghe, xuồng trên kênh khi có "
      "giông lốc."],
     None, ("2024/08/phuong-an-phong-chong-thien-tai.pdf",
            "Phương án phòng, chống thiên tai năm 2024")),
    ("ho-tro-hoc-sinh-ngheo-vuot-kho",
     "Trao 60 suất học bổng cho học sinh nghèo vượt khó",
     "2024/8/30 16:00", "Lê Thị Mỹ Duyên", ["Giáo dục", "Khuyến học"],
     "Tổng giá trị học bổng 90 triệu đồng.",
     ["Chiều 30/8, Hội Khuyến học xã phối hợp Công ty TNHH Lương thực Tân Thạnh trao 60 suất học "
      "bổng cho học sinh nghèo vượt khó trước thềm năm học mới.",
      "Mỗi suất gồm 1,5 triệu đồng tiền mặt, cặp sách và 10 quyển tập."],
     ("2024/08/hoc-bong.jpg", "Đại diện nhà tài trợ trao học bổng cho các em học sinh"), None),
    ("dai-hoi-the-duc-the-thao-xa-lan-thu-x",
     "Khai mạc Đại hội Thể dục thể thao xã lần thứ X",
     "2024/9/21 07:30", "Trần Văn Khởi", ["Văn hóa - Thể thao"],
     "Gần 400 vận động viên tranh tài ở 7 môn.",
     ["Sáng 21/9, Đại hội Thể dục thể thao xã Tân Thạnh lần thứ X năm 2024 chính thức khai mạc.",
      "Gần 400 vận động viên của 6 ấp và các trường học tranh tài ở 7 môn: bóng đá, bóng chuyền, "
      "cầu lông, kéo co, cờ tướng, việt dã và đua xuồng.",
      "Đại hội diễn ra đến hết ngày 29/9, là bước chuẩn bị cho Đại hội Thể dục thể thao huyện."],
     None, None),
    ("tiep-xuc-cu-tri-truoc-ky-hop",
     "Đại biểu HĐND huyện tiếp xúc cử tri xã Tân Thạnh",
     "2024/11/5 08:15", "Văn phòng HĐND - UBND xã", ["HĐND", "Tiếp xúc cử tri"],
     "Cử tri kiến nghị 14 nội dung.",
     ["Sáng 5/11, tổ đại biểu HĐND huyện đơn vị bầu cử số 3 tiếp xúc cử tri xã Tân Thạnh trước "
      "kỳ họp cuối năm.",
      "Cử tri kiến nghị 14 nội dung, tập trung vào việc nâng cấp đường ĐH 21, nạo vét kênh Ranh "
      "và cấp giấy chứng nhận quyền sử dụng đất.",
      "Lãnh đạo UBND huyện đã trả lời trực tiếp 9 nội dung tại hội nghị, các nội dung còn lại "
      "được tổng hợp gửi cơ quan có thẩm quyền."],
     ("2024/11/tiep-xuc-cu-tri.jpg", None), None),
    ("ra-mat-mo-hinh-dan-van-kheo",
     "Ra mắt mô hình dân vận khéo giữ gìn đường hoa ấp 4",
     "2024/11/18 15:00", "Phạm Thị Thu Hà", ["Dân vận khéo", "Môi trường"],
     "Hội Phụ nữ ấp 4 nhận chăm sóc 2 km đường hoa.",
     ["Chiều 18/11, Chi hội Phụ nữ ấp 4 ra mắt mô hình dân vận khéo tự quản tuyến đường hoa dài "
      "2 km.",
      "Mỗi tổ phụ nữ nhận chăm sóc một đoạn đường, thay hoa theo mùa và nhắc nhở bà con không "
      "xả rác, không phơi lúa trên mặt đường."],
     None, None),
    ("thong-bao-thu-thue-su-dung-dat-phi-nong-nghiep-2024",
     "Thông báo thu thuế sử dụng đất phi nông nghiệp năm 2024",
     "2024/11/26 10:30", None, ["Thông báo", "Thuế"],
     "Hạn nộp thuế đến hết ngày 31/12/2024.",
     ["UBND xã thông báo đến các hộ gia đình, cá nhân về việc nộp thuế sử dụng đất phi nông nghiệp "
      "năm 2024.",
      "Người nộp thuế có thể nộp trực tiếp tại điểm thu ở trụ sở UBND xã vào giờ hành chính, "
      "hoặc nộp qua ứng dụng ngân hàng theo mã thông báo thuế."],
     None, None),
)
