"""The directory's demo data: service categories, sample organisations, places and services.

Everything here is SAMPLE DATA for demonstration. Organisations, places and services are
made up, and their names say so ("mẫu", "sample"); no real clinic's hours or phone numbers
are given. Phone numbers come from ranges that are not in service: 028 0000 xxxx (old
Ho Chi Minh City), 0274 0000 xxx (former Bình Dương), 0254 0000 xxx (former Bà Rịa–Vũng
Tàu) and 1800 0000. Street addresses name no building ("Đường số 7 (địa chỉ mẫu)").

Places are today's wards and communes (since 1 July 2025), named as in directory/admin_units
and resolved to their codes by the loader; positions are the ward's centre plus a small
offset, so that markers do not sit on top of each other.

Words are chosen for readers who may be stigmatised: "người bán dâm" / "people who sell sex".
"""

from dataclasses import dataclass

# Hours ------------------------------------------------------------------------------------

MONDAY_TO_FRIDAY = (0, 1, 2, 3, 4)
EVERY_DAY = (0, 1, 2, 3, 4, 5, 6)
SATURDAY = (5,)
SUNDAY = (6,)


def week(days, *periods) -> dict[int, list[tuple[str, str]]]:
    """The same opening periods on each of the days (0 = Monday)."""
    return {day: list(periods) for day in days}


def combine(*weeks) -> dict[int, list[tuple[str, str]]]:
    combined: dict[int, list[tuple[str, str]]] = {}
    for hours in weeks:
        for day, periods in hours.items():
            combined.setdefault(day, []).extend(periods)
    return combined


MORNING = ("07:30", "11:30")
AFTERNOON = ("13:30", "16:30")
# Public offices: weekdays with a lunch break.
OFFICE_HOURS = week(MONDAY_TO_FRIDAY, MORNING, ("13:00", "16:30"))
# Clinics: weekdays with a lunch break, and Saturday morning.
CLINIC_HOURS = combine(week(MONDAY_TO_FRIDAY, MORNING, AFTERNOON), week(SATURDAY, MORNING))
# Commune health stations open a little earlier.
HEALTH_STATION_HOURS = combine(
    week(MONDAY_TO_FRIDAY, ("07:00", "11:00"), ("13:00", "16:30")),
    week(SATURDAY, ("07:00", "11:00")),
)
ALL_DAY_EVERY_DAY = week(EVERY_DAY, ("00:00", "00:00"))

# Numbers that are not in service, with the note readers see.
SAMPLE_NUMBER_VI = "Số mẫu, chưa hoạt động"
SAMPLE_NUMBER_EN = "Sample number, not in service"


# Shapes of the data -----------------------------------------------------------------------


@dataclass(frozen=True)
class Category:
    slug: str
    name_vi: str
    name_en: str
    description_vi: str
    description_en: str


@dataclass(frozen=True)
class Organisation:
    key: str
    name_vi: str
    name_en: str
    description_vi: str
    description_en: str
    email: str = ""


@dataclass(frozen=True)
class Place:
    """A sample location. `ward` is today's ward name as admin_units spells it; `offset` is
    (degrees of latitude, degrees of longitude) from the ward's centre."""

    key: str
    organisation: str
    name_vi: str
    name_en: str
    ward: str = ""
    offset: tuple[float, float] = (0.0, 0.0)
    street: str = ""
    confidential: bool = False
    virtual: bool = False
    accessibility_vi: str = ""
    accessibility_en: str = ""
    transportation_vi: str = ""
    transportation_en: str = ""


@dataclass(frozen=True)
class Phone:
    number: str
    note_vi: str = SAMPLE_NUMBER_VI
    note_en: str = SAMPLE_NUMBER_EN
    on_zalo: bool = False


@dataclass(frozen=True)
class Text:
    """A service's text in one language."""

    title: str
    slug: str
    summary: str
    description: str
    eligibility: str
    fees: str
    application: str
    documents: str
    wait: str


@dataclass(frozen=True)
class Service:
    vi: Text
    en: Text
    organisation: str
    places: tuple[str, ...]
    categories: tuple[str, ...]
    hours: dict
    phones: tuple[Phone, ...]
    checked_days_ago: int
    free: bool = False
    anonymous: bool = False
    sex_worker_friendly: bool = False
    walk_in: bool = False
    languages: tuple[str, ...] = ("vi",)
    closed_for_tet: bool = False
    minimum_age: int | None = None
    maximum_age: int | None = None
    email: str = ""


# Categories -------------------------------------------------------------------------------

CATEGORIES = [
    Category(
        "xet-nghiem-hiv",
        "Xét nghiệm HIV",
        "HIV testing",
        "Xét nghiệm HIV nhanh, tự xét nghiệm và tư vấn trước, sau xét nghiệm.",
        "Rapid HIV tests, self-testing kits and counselling before and after the test.",
    ),
    Category(
        "prep",
        "PrEP",
        "PrEP",
        "Thuốc dự phòng trước phơi nhiễm HIV, uống hằng ngày hoặc theo tình huống.",
        "Pre-exposure prophylaxis: medicine that prevents HIV, taken daily or on demand.",
    ),
    Category(
        "dieu-tri-arv",
        "Điều trị ARV",
        "ARV treatment",
        "Điều trị HIV bằng thuốc kháng vi-rút (ARV), khám và xét nghiệm theo dõi định kỳ.",
        "HIV treatment with antiretroviral (ARV) medicines, and regular check-ups and tests.",
    ),
    Category(
        "kham-dieu-tri-sti",
        "Khám và điều trị STI",
        "STI care",
        "Khám, xét nghiệm và điều trị các bệnh lây truyền qua đường tình dục.",
        "Check-ups, tests and treatment for sexually transmitted infections.",
    ),
    Category(
        "tu-van-phap-ly",
        "Tư vấn pháp lý",
        "Legal counselling",
        "Giải thích quyền của bạn, giúp soạn đơn từ và hướng dẫn làm việc với cơ quan chức năng.",
        "Explains your rights, helps with letters and forms, and prepares you to deal with the "
        "authorities.",
    ),
    Category(
        "tu-van-tam-ly",
        "Tư vấn tâm lý",
        "Psychological counselling",
        "Trò chuyện riêng với chuyên viên tư vấn khi bạn lo âu, buồn bã hoặc gặp bạo lực.",
        "Talk in private with a counsellor when you feel anxious or low, or face violence.",
    ),
    Category(
        "kham-chua-benh",
        "Khám chữa bệnh",
        "Health care",
        "Khám bệnh thông thường, sức khoẻ sinh sản, tiêm chủng và chuyển tuyến khi cần.",
        "General check-ups, reproductive health, vaccinations and referrals when needed.",
    ),
    Category(
        "hoc-nghe",
        "Học nghề",
        "Vocational training",
        "Khoá học nghề ngắn hạn, nhiều khoá miễn phí hoặc được hỗ trợ học phí.",
        "Short vocational courses, many free of charge or with fees paid for you.",
    ),
    Category(
        "gioi-thieu-viec-lam",
        "Giới thiệu việc làm",
        "Job placement",
        "Tư vấn nghề, giới thiệu việc làm và sàn giao dịch việc làm.",
        "Career advice, job referrals and job fairs.",
    ),
    Category(
        "bo-tuc-van-hoa",
        "Bổ túc văn hoá",
        "Basic education",
        "Lớp học buổi tối để hoàn thành chương trình phổ thông, học chữ và học tính.",
        "Evening classes to finish school, or to learn to read, write and count.",
    ),
    Category(
        "vay-von-uu-dai",
        "Vay vốn ưu đãi",
        "Preferential loans",
        "Vay vốn lãi suất thấp của Ngân hàng Chính sách xã hội để tạo việc làm, buôn bán nhỏ.",
        "Low-interest loans from the Vietnam Bank for Social Policies to start work or a small "
        "business.",
    ),
    Category(
        "nha-tam-lanh",
        "Nhà tạm lánh",
        "Shelter",
        "Chỗ ở an toàn, bí mật trong thời gian ngắn khi bạn gặp bạo lực hoặc bị ép buộc.",
        "A safe, secret place to stay for a short time if you face violence or coercion.",
    ),
]


# Organisations ----------------------------------------------------------------------------

SAMPLE_VI = "Đây là dữ liệu mẫu để minh hoạ cổng thông tin, không phải một tổ chức có thật."
SAMPLE_EN = "This is sample data to demonstrate the portal, not a real organisation."

ORGANISATIONS = [
    Organisation(
        "phong-kham-cong-dong-ben-thanh",
        "Phòng khám cộng đồng mẫu Bến Thành (dữ liệu mẫu)",
        "Bến Thành sample community clinic (sample data)",
        "Phòng khám do một nhóm cộng đồng vận hành: xét nghiệm HIV, PrEP và khám STI, nhân "
        f"viên được tập huấn để phục vụ người bán dâm không phán xét. {SAMPLE_VI}",
        "A clinic run by a community group: HIV testing, PrEP and STI care, with staff trained "
        f"to serve people who sell sex without judgement. {SAMPLE_EN}",
        email="phongkham-benthanh@example.org",
    ),
    Organisation(
        "trung-tam-y-te-trung-tam",
        "Trung tâm Y tế mẫu khu vực trung tâm (dữ liệu mẫu)",
        "Central area sample health centre (sample data)",
        f"Trung tâm y tế công lập: khám chữa bệnh, điều trị ARV và chuyển tuyến. {SAMPLE_VI}",
        f"A public health centre: health care, ARV treatment and referrals. {SAMPLE_EN}",
    ),
    Organisation(
        "nhom-dong-dang-sen-hong",
        "Nhóm đồng đẳng mẫu Sen Hồng (dữ liệu mẫu)",
        "Sen Hồng sample peer group (sample data)",
        "Nhóm của những người từng hoặc đang bán dâm, hỗ trợ nhau: xét nghiệm buổi tối tại "
        f"cộng đồng, điểm tiếp đón ban đêm, đi cùng bạn đến phòng khám. {SAMPLE_VI}",
        "A group of people who sell or have sold sex, supporting each other: evening testing in "
        f"the community, a night-time drop-in and someone to go with you to a clinic. {SAMPLE_EN}",
    ),
    Organisation(
        "van-phong-tu-van-phap-ly",
        "Văn phòng tư vấn pháp lý mẫu (dữ liệu mẫu)",
        "Sample legal advice office (sample data)",
        "Luật sư và trợ giúp viên pháp lý tư vấn miễn phí về quyền của bạn, giấy tờ tuỳ thân, "
        f"hôn nhân và gia đình, lao động, và khi bạn bị xử phạt hay bị bạo lực. {SAMPLE_VI}",
        "Lawyers and legal aid workers give free advice on your rights, identity papers, "
        "marriage and family, work, and what to do if you are fined or face violence. "
        f"{SAMPLE_EN}",
    ),
    Organisation(
        "trung-tam-tu-van-an-nhien",
        "Trung tâm tư vấn tâm lý mẫu An Nhiên (dữ liệu mẫu)",
        "An Nhiên sample counselling centre (sample data)",
        "Chuyên viên tâm lý lắng nghe và đồng hành, gặp trực tiếp hoặc qua điện thoại, kể cả "
        f"đường dây 24/7. {SAMPLE_VI}",
        "Psychologists who listen and stay with you, in person or by phone, including a 24/7 "
        f"line. {SAMPLE_EN}",
    ),
    Organisation(
        "mai-am-binh-yen",
        "Mái ấm mẫu Bình Yên (dữ liệu mẫu)",
        "Bình Yên sample shelter network (sample data)",
        "Nhà tạm lánh cho người gặp bạo lực, bị ép buộc hoặc bị mua bán. Địa chỉ được giữ bí "
        f"mật để bảo vệ người ở; hãy gọi điện trước. {SAMPLE_VI}",
        "Shelters for people facing violence, coercion or trafficking. Their addresses are kept "
        f"secret to protect the people staying there; call first. {SAMPLE_EN}",
    ),
    Organisation(
        "truong-nghe-mau",
        "Trường trung cấp nghề mẫu (dữ liệu mẫu)",
        "Sample vocational school (sample data)",
        "Khoá học nghề ngắn hạn: làm tóc, làm móng, nấu ăn, may, điện dân dụng, pha chế. "
        f"{SAMPLE_VI}",
        "Short vocational courses: hairdressing, nails, cooking, sewing, household electrics, "
        f"bartending. {SAMPLE_EN}",
    ),
    Organisation(
        "trung-tam-viec-lam-mau",
        "Trung tâm dịch vụ việc làm mẫu (dữ liệu mẫu)",
        "Sample employment service centre (sample data)",
        f"Tư vấn nghề, giới thiệu việc làm và tổ chức sàn giao dịch việc làm. {SAMPLE_VI}",
        f"Career advice, job referrals and job fairs. {SAMPLE_EN}",
    ),
    Organisation(
        "giao-duc-thuong-xuyen-mau",
        "Trung tâm giáo dục thường xuyên mẫu (dữ liệu mẫu)",
        "Sample continuing education centre (sample data)",
        "Lớp bổ túc văn hoá buổi tối và lớp xoá mù chữ cho người lớn, học cùng người đi làm. "
        f"{SAMPLE_VI}",
        "Evening classes to finish school, and literacy classes for adults, alongside people "
        f"who work. {SAMPLE_EN}",
    ),
    Organisation(
        "ngan-hang-csxh-mau",
        "Ngân hàng Chính sách xã hội – phòng giao dịch mẫu (dữ liệu mẫu)",
        "Vietnam Bank for Social Policies – sample transaction office (sample data)",
        "Ngân hàng Chính sách xã hội cho người có hoàn cảnh khó khăn vay vốn lãi suất thấp. "
        "Các phòng giao dịch ở đây là dữ liệu mẫu: hãy hỏi phòng giao dịch hoặc tổ tiết kiệm "
        "và vay vốn nơi bạn sống.",
        "The Vietnam Bank for Social Policies lends at low interest to people in difficult "
        "circumstances. The transaction offices here are sample data: ask the office or the "
        "savings and loan group where you live.",
    ),
    Organisation(
        "phong-kham-da-khoa-thu-duc",
        "Phòng khám đa khoa mẫu Thủ Đức (dữ liệu mẫu)",
        "Thủ Đức sample general clinic (sample data)",
        "Phòng khám đa khoa: khám bệnh, xét nghiệm HIV, PrEP và khám STI, có khám buổi tối "
        f"cho người đi làm. {SAMPLE_VI}",
        "A general clinic: check-ups, HIV testing, PrEP and STI care, with evening hours for "
        f"people who work. {SAMPLE_EN}",
    ),
    Organisation(
        "tram-y-te-ngoai-thanh",
        "Trạm y tế mẫu các xã ngoại thành (dữ liệu mẫu)",
        "Sample commune health stations, outer communes (sample data)",
        f"Trạm y tế xã: khám bệnh ban đầu, xét nghiệm HIV, tiêm chủng, chuyển tuyến. {SAMPLE_VI}",
        "Commune health stations: first-line care, HIV testing, vaccinations and referrals. "
        f"{SAMPLE_EN}",
    ),
    Organisation(
        "trung-tam-y-te-binh-duong-cu",
        "Trung tâm Y tế mẫu khu vực Bình Dương cũ (dữ liệu mẫu)",
        "Sample health centre, former Bình Dương area (sample data)",
        "Trung tâm y tế phục vụ khu vực tỉnh Bình Dương cũ, nay thuộc TP. Hồ Chí Minh: xét "
        f"nghiệm HIV, PrEP, điều trị ARV, khám STI. {SAMPLE_VI}",
        "A health centre for the former Bình Dương province, now part of Ho Chi Minh City: HIV "
        f"testing, PrEP, ARV treatment and STI care. {SAMPLE_EN}",
    ),
    Organisation(
        "trung-tam-y-te-ba-ria-vung-tau-cu",
        "Trung tâm Y tế mẫu khu vực Bà Rịa – Vũng Tàu cũ (dữ liệu mẫu)",
        "Sample health centre, former Bà Rịa–Vũng Tàu area (sample data)",
        "Trung tâm y tế phục vụ khu vực tỉnh Bà Rịa – Vũng Tàu cũ, nay thuộc TP. Hồ Chí Minh, "
        f"kể cả đặc khu Côn Đảo. {SAMPLE_VI}",
        "A health centre for the former Bà Rịa–Vũng Tàu province, now part of Ho Chi Minh "
        f"City, including the Côn Đảo special zone. {SAMPLE_EN}",
    ),
]


# Places -----------------------------------------------------------------------------------

STEP_FREE_VI = "Lối vào không có bậc, có nhà vệ sinh cho người khuyết tật."
STEP_FREE_EN = "Step-free entrance and an accessible toilet."

PLACES = [
    # Central wards
    Place(
        "ben-thanh",
        "phong-kham-cong-dong-ben-thanh",
        "Phòng khám cộng đồng mẫu Bến Thành",
        "Bến Thành sample community clinic",
        ward="Bến Thành",
        offset=(0.0011, -0.0008),
        street="Đường số 3",
        accessibility_vi=STEP_FREE_VI,
        accessibility_en=STEP_FREE_EN,
        transportation_vi="Gần ga metro Bến Thành và trạm xe buýt.",
        transportation_en="Near Bến Thành metro station and bus stops.",
    ),
    Place(
        "sai-gon-y-te",
        "trung-tam-y-te-trung-tam",
        "Trung tâm Y tế mẫu – cơ sở Sài Gòn",
        "Sample health centre – Sài Gòn site",
        ward="Sài Gòn",
        offset=(-0.0013, 0.0009),
        street="Đường số 1",
        accessibility_vi=STEP_FREE_VI,
        accessibility_en=STEP_FREE_EN,
    ),
    Place(
        "sai-gon-cong-dong",
        "nhom-dong-dang-sen-hong",
        "Điểm xét nghiệm cộng đồng mẫu Sài Gòn",
        "Sài Gòn sample community testing point",
        ward="Sài Gòn",
        offset=(0.0021, -0.0017),
        street="Đường số 9",
    ),
    Place(
        "tan-dinh-phap-ly",
        "van-phong-tu-van-phap-ly",
        "Văn phòng tư vấn pháp lý mẫu – Tân Định",
        "Sample legal advice office – Tân Định",
        ward="Tân Định",
        offset=(0.0008, 0.0012),
        street="Đường số 5",
    ),
    Place(
        "tan-dinh-y-te",
        "trung-tam-y-te-trung-tam",
        "Trung tâm Y tế mẫu – cơ sở Tân Định",
        "Sample health centre – Tân Định site",
        ward="Tân Định",
        offset=(-0.0012, -0.0006),
        street="Đường số 2",
        accessibility_vi=STEP_FREE_VI,
        accessibility_en=STEP_FREE_EN,
    ),
    Place(
        "cho-lon-phap-ly",
        "van-phong-tu-van-phap-ly",
        "Văn phòng tư vấn pháp lý mẫu – Chợ Lớn",
        "Sample legal advice office – Chợ Lớn",
        ward="Chợ Lớn",
        offset=(0.0009, 0.0014),
        street="Đường số 11",
    ),
    Place(
        "cho-lon-y-te",
        "trung-tam-y-te-trung-tam",
        "Trung tâm Y tế mẫu – cơ sở Chợ Lớn",
        "Sample health centre – Chợ Lớn site",
        ward="Chợ Lớn",
        offset=(-0.0015, -0.0004),
        street="Đường số 4",
    ),
    Place(
        "ban-co",
        "trung-tam-tu-van-an-nhien",
        "Trung tâm tư vấn tâm lý mẫu An Nhiên",
        "An Nhiên sample counselling centre",
        ward="Bàn Cờ",
        offset=(0.0006, -0.0011),
        street="Đường số 8",
        accessibility_vi="Phòng tư vấn ở tầng trệt; có phiên dịch ngôn ngữ ký hiệu khi hẹn trước.",
        accessibility_en=(
            "Counselling rooms on the ground floor; sign language interpreting by appointment."
        ),
    ),
    Place(
        "xom-chieu",
        "nhom-dong-dang-sen-hong",
        "Điểm tiếp đón ban đêm mẫu Xóm Chiếu",
        "Xóm Chiếu sample night drop-in",
        ward="Xóm Chiếu",
        offset=(0.0007, 0.0010),
        street="Đường số 6",
    ),
    Place(
        "gia-dinh",
        "truong-nghe-mau",
        "Trường trung cấp nghề mẫu – cơ sở Gia Định",
        "Sample vocational school – Gia Định campus",
        ward="Gia Định",
        offset=(-0.0010, 0.0013),
        street="Đường số 12",
        accessibility_vi=STEP_FREE_VI,
        accessibility_en=STEP_FREE_EN,
    ),
    Place(
        "binh-thanh",
        "trung-tam-viec-lam-mau",
        "Trung tâm dịch vụ việc làm mẫu – Bình Thạnh",
        "Sample employment service centre – Bình Thạnh",
        ward="Bình Thạnh",
        offset=(0.0012, 0.0007),
        street="Đường số 10",
    ),
    Place(
        "phu-nhuan",
        "giao-duc-thuong-xuyen-mau",
        "Trung tâm giáo dục thường xuyên mẫu – Phú Nhuận",
        "Sample continuing education centre – Phú Nhuận",
        ward="Phú Nhuận",
        offset=(-0.0007, -0.0012),
        street="Đường số 14",
    ),
    Place(
        "chanh-hung",
        "ngan-hang-csxh-mau",
        "Phòng giao dịch mẫu Chánh Hưng",
        "Chánh Hưng sample transaction office",
        ward="Chánh Hưng",
        offset=(0.0010, -0.0009),
        street="Đường số 15",
    ),
    Place(
        "duong-day-24-7",
        "trung-tam-tu-van-an-nhien",
        "Đường dây tư vấn mẫu (qua điện thoại)",
        "Sample counselling line (by phone)",
        virtual=True,
    ),
    # Shelters: the ward and position are for editors only and are never published.
    Place(
        "nha-tam-lanh-1",
        "mai-am-binh-yen",
        "Nhà tạm lánh mẫu số 1",
        "Sample shelter no. 1",
        ward="Gò Vấp",
        offset=(0.0017, -0.0021),
        street="Đường số 21",
        confidential=True,
    ),
    Place(
        "nha-tam-lanh-2",
        "mai-am-binh-yen",
        "Nhà tạm lánh mẫu số 2",
        "Sample shelter no. 2",
        ward="Lái Thiêu",
        offset=(-0.0019, 0.0016),
        street="Đường số 22",
        confidential=True,
    ),
    # Thủ Đức area
    Place(
        "thu-duc",
        "phong-kham-da-khoa-thu-duc",
        "Phòng khám đa khoa mẫu Thủ Đức",
        "Thủ Đức sample general clinic",
        ward="Thủ Đức",
        offset=(0.0009, -0.0014),
        street="Đường số 16",
        accessibility_vi=STEP_FREE_VI,
        accessibility_en=STEP_FREE_EN,
    ),
    Place(
        "linh-xuan",
        "phong-kham-da-khoa-thu-duc",
        "Phòng khám đa khoa mẫu Thủ Đức – cơ sở Linh Xuân",
        "Thủ Đức sample general clinic – Linh Xuân site",
        ward="Linh Xuân",
        offset=(-0.0011, 0.0008),
        street="Đường số 17",
        transportation_vi="Gần các khu nhà trọ công nhân; có chỗ gửi xe máy.",
        transportation_en="Near workers' boarding houses; motorbike parking.",
    ),
    Place(
        "tang-nhon-phu",
        "truong-nghe-mau",
        "Trường trung cấp nghề mẫu – cơ sở Tăng Nhơn Phú",
        "Sample vocational school – Tăng Nhơn Phú campus",
        ward="Tăng Nhơn Phú",
        offset=(0.0014, 0.0010),
        street="Đường số 18",
    ),
    # Outer communes
    Place(
        "cu-chi",
        "tram-y-te-ngoai-thanh",
        "Trạm y tế mẫu xã Củ Chi",
        "Củ Chi sample commune health station",
        ward="Củ Chi",
        offset=(0.0016, -0.0012),
        street="Đường số 2",
    ),
    Place(
        "hoc-mon",
        "tram-y-te-ngoai-thanh",
        "Trạm y tế mẫu xã Hóc Môn",
        "Hóc Môn sample commune health station",
        ward="Hóc Môn",
        offset=(-0.0009, 0.0015),
        street="Đường số 3",
    ),
    Place(
        "binh-chanh",
        "truong-nghe-mau",
        "Trường trung cấp nghề mẫu – cơ sở Bình Chánh",
        "Sample vocational school – Bình Chánh campus",
        ward="Bình Chánh",
        offset=(0.0013, 0.0011),
        street="Đường số 5",
    ),
    Place(
        "can-gio",
        "tram-y-te-ngoai-thanh",
        "Trạm y tế mẫu xã Cần Giờ",
        "Cần Giờ sample commune health station",
        ward="Cần Giờ",
        offset=(-0.0012, -0.0010),
        street="Đường số 1",
    ),
    # Former Bình Dương
    Place(
        "thu-dau-mot",
        "trung-tam-y-te-binh-duong-cu",
        "Trung tâm Y tế mẫu – cơ sở Thủ Dầu Một",
        "Sample health centre – Thủ Dầu Một site",
        ward="Thủ Dầu Một",
        offset=(0.0010, 0.0012),
        street="Đường số 6",
        accessibility_vi=STEP_FREE_VI,
        accessibility_en=STEP_FREE_EN,
    ),
    Place(
        "phu-loi",
        "ngan-hang-csxh-mau",
        "Phòng giao dịch mẫu Phú Lợi",
        "Phú Lợi sample transaction office",
        ward="Phú Lợi",
        offset=(-0.0008, -0.0013),
        street="Đường số 7",
    ),
    Place(
        "di-an",
        "trung-tam-viec-lam-mau",
        "Trung tâm dịch vụ việc làm mẫu – Dĩ An",
        "Sample employment service centre – Dĩ An",
        ward="Dĩ An",
        offset=(0.0015, -0.0007),
        street="Đường số 8",
    ),
    Place(
        "dong-hoa",
        "giao-duc-thuong-xuyen-mau",
        "Trung tâm giáo dục thường xuyên mẫu – Đông Hòa",
        "Sample continuing education centre – Đông Hòa",
        ward="Đông Hòa",
        offset=(-0.0013, 0.0009),
        street="Đường số 9",
    ),
    Place(
        "thuan-an",
        "trung-tam-y-te-binh-duong-cu",
        "Trung tâm Y tế mẫu – cơ sở Thuận An",
        "Sample health centre – Thuận An site",
        ward="Thuận An",
        offset=(0.0011, -0.0015),
        street="Đường số 10",
        transportation_vi="Gần các khu công nghiệp; mở buổi tối cho công nhân.",
        transportation_en="Near the industrial parks; open in the evening for factory workers.",
    ),
    # Former Bà Rịa–Vũng Tàu
    Place(
        "vung-tau",
        "trung-tam-y-te-ba-ria-vung-tau-cu",
        "Trung tâm Y tế mẫu – cơ sở Vũng Tàu",
        "Sample health centre – Vũng Tàu site",
        ward="Vũng Tàu",
        offset=(0.0012, 0.0010),
        street="Đường số 11",
    ),
    Place(
        "tam-thang",
        "nhom-dong-dang-sen-hong",
        "Điểm xét nghiệm cộng đồng mẫu Tam Thắng",
        "Tam Thắng sample community testing point",
        ward="Tam Thắng",
        offset=(-0.0010, 0.0013),
        street="Đường số 12",
    ),
    Place(
        "ba-ria-phap-ly",
        "van-phong-tu-van-phap-ly",
        "Văn phòng tư vấn pháp lý mẫu – Bà Rịa",
        "Sample legal advice office – Bà Rịa",
        ward="Bà Rịa",
        offset=(0.0009, -0.0011),
        street="Đường số 13",
    ),
    Place(
        "long-huong",
        "ngan-hang-csxh-mau",
        "Phòng giao dịch mẫu Long Hương",
        "Long Hương sample transaction office",
        ward="Long Hương",
        offset=(-0.0011, 0.0007),
        street="Đường số 14",
    ),
    Place(
        "con-dao",
        "trung-tam-y-te-ba-ria-vung-tau-cu",
        "Trung tâm Y tế mẫu – cơ sở Côn Đảo",
        "Sample health centre – Côn Đảo site",
        ward="Côn Đảo",
        offset=(0.0014, 0.0012),
        street="Đường số 15",
    ),
]


# Services ---------------------------------------------------------------------------------
# What most services of a kind share (who can use it, fees, how to get it, what to bring,
# waiting time); each service adds its own title, summary and description, and overrides
# what differs.

NO_PAPERS_VI = "Không cần giấy tờ gì."
NO_PAPERS_EN = "Nothing: no ID is needed."

HIV_TESTING_VI = {
    "eligibility": (
        "Bất kỳ ai muốn biết tình trạng HIV của mình. Không ai hỏi tên hay công việc của bạn."
    ),
    "fees": "Miễn phí.",
    "application": (
        "Cứ đến trong giờ mở cửa, hoặc gọi, nhắn Zalo trước để hẹn giờ. Nhân viên tư vấn "
        "riêng với bạn, lấy một giọt máu ở đầu ngón tay và báo kết quả riêng sau khoảng 20 "
        "phút. Nếu kết quả có phản ứng, bạn được hẹn xét nghiệm khẳng định và được giới thiệu "
        "điều trị ngay."
    ),
    "documents": NO_PAPERS_VI,
    "wait": "Khoảng 30 phút, cả tư vấn và kết quả.",
}
HIV_TESTING_EN = {
    "eligibility": (
        "Anyone who wants to know their HIV status. Nobody asks your name or what you do."
    ),
    "fees": "Free of charge.",
    "application": (
        "Just come during opening hours, or call or message on Zalo first to set a time. A "
        "counsellor talks with you in private, takes a drop of blood from your fingertip and "
        "gives you the result in private after about 20 minutes. If the result is reactive, "
        "you get an appointment for a confirmation test and are referred for treatment at once."
    ),
    "documents": NO_PAPERS_EN,
    "wait": "About 30 minutes, counselling and result included.",
}

PREP_VI = {
    "eligibility": (
        "Người có kết quả xét nghiệm HIV âm tính và có nguy cơ nhiễm HIV, ví dụ có nhiều bạn "
        "tình hoặc không phải lúc nào cũng dùng được bao cao su."
    ),
    "fees": (
        "Thuốc PrEP miễn phí theo chương trình hoặc do bảo hiểm y tế chi trả. Một vài xét "
        "nghiệm theo dõi có thể mất phí nhỏ; nhân viên sẽ báo trước."
    ),
    "application": (
        "Gọi hoặc nhắn Zalo để hẹn lần khám đầu. Lần đầu bạn được xét nghiệm HIV, xét nghiệm "
        "chức năng thận và viêm gan B, và được hướng dẫn cách uống thuốc. Sau đó tái khám "
        "1–3 tháng một lần để lấy thuốc."
    ),
    "documents": (
        "Căn cước hoặc giấy tờ tuỳ thân có ảnh\n"
        "Thẻ bảo hiểm y tế, nếu có\n"
        "Không có giấy tờ? Hãy nói với nhân viên: họ sẽ hướng dẫn cách khác."
    ),
    "wait": "Lần đầu khoảng 1–2 giờ; các lần tái khám khoảng 30 phút.",
}
PREP_EN = {
    "eligibility": (
        "People who test HIV-negative and are at risk of HIV, for example because they have "
        "several partners or cannot always use condoms."
    ),
    "fees": (
        "PrEP medicine is free through the programme or paid by health insurance. A few "
        "follow-up tests may cost a small fee; staff tell you beforehand."
    ),
    "application": (
        "Call or message on Zalo to book your first visit. The first time you get an HIV test, "
        "kidney and hepatitis B tests, and advice on how to take the medicine. After that you "
        "come back every 1–3 months for a check-up and more medicine."
    ),
    "documents": (
        "An identity card or other photo ID\n"
        "Your health insurance card, if you have one\n"
        "No papers? Tell the staff: they will explain what else can be done."
    ),
    "wait": "About 1–2 hours the first time; about 30 minutes for later visits.",
}

ARV_VI = {
    "eligibility": (
        "Người đã có kết quả xét nghiệm HIV khẳng định dương tính, dù đăng ký thường trú ở "
        "đâu. Người đang điều trị ở nơi khác có thể chuyển đến."
    ),
    "fees": (
        "Thuốc ARV do bảo hiểm y tế chi trả. Nếu chưa có thẻ bảo hiểm y tế, nhân viên giúp "
        "bạn làm thẻ, và bạn vẫn được điều trị trong thời gian chờ."
    ),
    "application": (
        "Mang kết quả xét nghiệm khẳng định đến phòng khám ngoại trú; nhiều người bắt đầu "
        "uống thuốc ngay trong ngày. Sau đó tái khám và lấy thuốc 1–3 tháng một lần. Thông "
        "tin của bạn được giữ bí mật."
    ),
    "documents": (
        "Kết quả xét nghiệm HIV khẳng định\n"
        "Căn cước hoặc giấy tờ tuỳ thân có ảnh\n"
        "Thẻ bảo hiểm y tế, nếu có\n"
        "Giấy chuyển tuyến, nếu bạn chuyển từ nơi khác đến"
    ),
    "wait": "Lần đầu khoảng 1–2 giờ; tái khám khoảng 45 phút.",
}
ARV_EN = {
    "eligibility": (
        "People with a confirmed positive HIV test, wherever they are registered as living. "
        "People treated elsewhere can transfer here."
    ),
    "fees": (
        "ARV medicines are paid by health insurance. If you have no health insurance card, "
        "staff help you get one, and you are treated while you wait for it."
    ),
    "application": (
        "Bring your confirmation test result to the outpatient clinic; many people start "
        "their medicine the same day. After that you come back every 1–3 months for a "
        "check-up and more medicine. Your information is kept confidential."
    ),
    "documents": (
        "Your confirmed HIV test result\n"
        "An identity card or other photo ID\n"
        "Your health insurance card, if you have one\n"
        "A transfer letter, if you are moving from another clinic"
    ),
    "wait": "About 1–2 hours the first time; about 45 minutes for later visits.",
}

STI_VI = {
    "eligibility": "Mọi người, kể cả người không có triệu chứng nhưng muốn kiểm tra.",
    "fees": (
        "Khám và tư vấn miễn phí. Xét nghiệm và thuốc có phí thấp tuỳ loại; nhân viên báo "
        "giá trước khi làm. Có bảo hiểm y tế thì được chi trả theo quy định."
    ),
    "application": (
        "Cứ đến trong giờ mở cửa. Bạn có thể dùng tên gọi khác, không cần tên thật. Bác sĩ "
        "khám riêng, làm xét nghiệm cần thiết và điều trị ngay khi có thể; bạn tình của bạn "
        "cũng có thể đến khám."
    ),
    "documents": "Không bắt buộc. Mang thẻ bảo hiểm y tế nếu muốn được bảo hiểm chi trả.",
    "wait": "Khoảng 30–60 phút; một số kết quả xét nghiệm có sau 1–3 ngày.",
}
STI_EN = {
    "eligibility": "Everyone, including people with no symptoms who want a check.",
    "fees": (
        "The consultation is free. Tests and medicines cost a small fee depending on what you "
        "need; staff tell you the price first. Health insurance pays its share if you have it."
    ),
    "application": (
        "Just come during opening hours. You can give a nickname instead of your real name. "
        "A doctor sees you in private, does the tests you need and treats you at once where "
        "possible; your partners can come for a check too."
    ),
    "documents": "Nothing is required. Bring your health insurance card if you want it used.",
    "wait": "About 30–60 minutes; some test results take 1–3 days.",
}

LEGAL_VI = {
    "eligibility": (
        "Bất kỳ ai cần hiểu quyền của mình, nhất là người bán dâm, người gặp bạo lực và người "
        "bị giữ giấy tờ. Bạn không cần nói tên thật."
    ),
    "fees": "Miễn phí.",
    "application": (
        "Gọi để hẹn, hoặc đến trong giờ tiếp dân. Kể cho luật sư điều đã xảy ra; luật sư "
        "giải thích quyền của bạn, giúp soạn đơn và, nếu bạn muốn, đi cùng bạn đến cơ quan "
        "chức năng. Những gì bạn kể được giữ bí mật."
    ),
    "documents": (
        "Không bắt buộc. Nếu có, mang theo giấy tờ liên quan: biên bản, quyết định xử phạt, "
        "giấy hẹn, hợp đồng, tin nhắn."
    ),
    "wait": "Có hẹn thì gặp ngay; không hẹn có thể chờ 30–60 phút.",
}
LEGAL_EN = {
    "eligibility": (
        "Anyone who needs to understand their rights, above all people who sell sex, people "
        "facing violence and people whose papers are being held. You need not give your name."
    ),
    "fees": "Free of charge.",
    "application": (
        "Call for an appointment, or come during opening hours. Tell the lawyer what happened; "
        "they explain your rights, help you write letters and, if you want, go with you to "
        "the authorities. What you say is kept confidential."
    ),
    "documents": (
        "Nothing is required. If you have them, bring related papers: records, fine notices, "
        "summons, contracts, messages."
    ),
    "wait": "With an appointment you are seen at once; without one, 30–60 minutes.",
}

COUNSELLING_VI = {
    "eligibility": "Bất kỳ ai đang lo âu, buồn bã, căng thẳng hoặc gặp bạo lực.",
    "fees": "Miễn phí.",
    "application": (
        "Gọi hoặc nhắn Zalo để hẹn một buổi nói chuyện 45–60 phút, gặp trực tiếp hoặc qua "
        "điện thoại. Bạn có thể dùng tên gọi khác. Chuyên viên không phán xét và không kể lại "
        "với ai, trừ khi tính mạng của bạn hay người khác đang gặp nguy hiểm."
    ),
    "documents": NO_PAPERS_VI,
    "wait": "Thường có lịch hẹn trong vòng 1–3 ngày.",
}
COUNSELLING_EN = {
    "eligibility": "Anyone who feels anxious, low or stressed, or faces violence.",
    "fees": "Free of charge.",
    "application": (
        "Call or message on Zalo to book a 45–60 minute conversation, in person or by phone. "
        "You can give a nickname. Counsellors do not judge and tell nobody, unless your life or "
        "someone else's is in danger."
    ),
    "documents": NO_PAPERS_EN,
    "wait": "Usually an appointment within 1–3 days.",
}

HEALTH_CARE_VI = {
    "eligibility": "Mọi người.",
    "fees": (
        "Theo bảng giá của cơ sở; có thẻ bảo hiểm y tế thì được chi trả theo quy định. Người "
        "có hoàn cảnh khó khăn có thể hỏi về miễn, giảm phí."
    ),
    "application": (
        "Lấy số ở quầy tiếp đón rồi chờ gọi khám. Có thể đặt lịch trước qua điện thoại để "
        "chờ ít hơn."
    ),
    "documents": (
        "Căn cước hoặc giấy tờ tuỳ thân có ảnh\n"
        "Thẻ bảo hiểm y tế, nếu có\n"
        "Giấy chuyển tuyến, nếu được chuyển đến"
    ),
    "wait": "Thường 30–90 phút, ít hơn nếu đặt lịch trước.",
}
HEALTH_CARE_EN = {
    "eligibility": "Everyone.",
    "fees": (
        "Set by the centre's price list; health insurance pays its share if you have a card. "
        "People in difficult circumstances can ask about reduced or waived fees."
    ),
    "application": (
        "Take a number at the reception desk and wait to be called. Booking by phone first "
        "shortens the wait."
    ),
    "documents": (
        "An identity card or other photo ID\n"
        "Your health insurance card, if you have one\n"
        "A referral letter, if you were referred"
    ),
    "wait": "Usually 30–90 minutes, less with a booking.",
}

TRAINING_VI = {
    "eligibility": (
        "Người từ 16 tuổi muốn học một nghề, ưu tiên người có hoàn cảnh khó khăn và người "
        "đang muốn đổi việc, kể cả người bán dâm."
    ),
    "fees": (
        "Miễn phí học phí cho người thuộc diện được hỗ trợ; một số khoá có hỗ trợ tiền ăn "
        "và đi lại. Người khác đóng học phí thấp."
    ),
    "application": (
        "Đến phòng tuyển sinh để chọn nghề và đăng ký; khoá mới khai giảng hằng tháng. Khoá "
        "học kéo dài 1–3 tháng, có lớp buổi tối. Học xong được cấp chứng chỉ và giới thiệu "
        "việc làm."
    ),
    "documents": (
        "Căn cước hoặc giấy tờ tuỳ thân\n"
        "Hai ảnh 3×4\n"
        "Giấy xác nhận hoàn cảnh khó khăn, nếu muốn được miễn học phí (nhà trường hướng dẫn "
        "cách xin)"
    ),
    "wait": "Đăng ký trong ngày; vào học ở khoá gần nhất, thường trong vòng 1 tháng.",
}
TRAINING_EN = {
    "eligibility": (
        "People aged 16 and over who want to learn a trade, first of all people in difficult "
        "circumstances and people who want to change work, including people who sell sex."
    ),
    "fees": (
        "No tuition fees for people who qualify for support; some courses also pay towards "
        "meals and travel. Others pay a low fee."
    ),
    "application": (
        "Come to the admissions office to choose a trade and enrol; new courses start every "
        "month. Courses last 1–3 months, with evening classes. You get a certificate and job "
        "referrals at the end."
    ),
    "documents": (
        "An identity card or other ID\n"
        "Two 3×4 photos\n"
        "A certificate of hardship, to have fees waived (the school explains how to get one)"
    ),
    "wait": "You enrol the same day and start with the next course, usually within a month.",
}

JOBS_VI = {
    "eligibility": "Người từ 15 tuổi đang tìm việc làm.",
    "fees": "Miễn phí cho người tìm việc.",
    "application": (
        "Đến quầy tư vấn để điền phiếu tìm việc; cán bộ hỏi về kinh nghiệm và mong muốn của "
        "bạn, rồi giới thiệu các chỗ đang tuyển. Bạn không phải kể về công việc trước đây nếu "
        "không muốn."
    ),
    "documents": "Căn cước hoặc giấy tờ tuỳ thân\nSơ yếu lý lịch, nếu có (có thể viết tại chỗ)",
    "wait": "Khoảng 30 phút cho buổi tư vấn đầu tiên.",
}
JOBS_EN = {
    "eligibility": "People aged 15 and over who are looking for work.",
    "fees": "Free of charge for job seekers.",
    "application": (
        "Come to the advice desk to fill in a job-seeker form; an adviser asks about your "
        "experience and wishes, then refers you to employers who are hiring. You do not have "
        "to talk about past work if you do not want to."
    ),
    "documents": "An identity card or other ID\nA CV, if you have one (you can write it there)",
    "wait": "About 30 minutes for the first conversation.",
}

EDUCATION_VI = {
    "eligibility": (
        "Người từ 15 tuổi chưa học hết cấp 2 hoặc cấp 3, hoặc muốn học đọc, viết, tính toán."
    ),
    "fees": (
        "Học phí thấp, đóng theo tháng; người có hoàn cảnh khó khăn được miễn hoặc giảm. Sách "
        "vở được cho mượn."
    ),
    "application": (
        "Đến văn phòng trung tâm để làm bài kiểm tra xếp lớp nhẹ nhàng và đăng ký. Lớp học "
        "buổi tối, có thể vào học giữa năm."
    ),
    "documents": (
        "Căn cước hoặc giấy khai sinh\n"
        "Học bạ hoặc giấy xác nhận lớp đã học, nếu có (không có vẫn được xếp lớp)"
    ),
    "wait": "Đăng ký trong ngày; vào lớp trong tuần.",
}
EDUCATION_EN = {
    "eligibility": (
        "People aged 15 and over who did not finish lower or upper secondary school, or who "
        "want to learn to read, write and count."
    ),
    "fees": (
        "Low monthly fees, waived or reduced for people in difficult circumstances. Books are "
        "lent for free."
    ),
    "application": (
        "Come to the centre's office for a relaxed placement test and to enrol. Classes are in "
        "the evening, and you can join during the year."
    ),
    "documents": (
        "An identity card or birth certificate\n"
        "School records, if you have them (you are placed in a class without them too)"
    ),
    "wait": "You enrol the same day and join a class within the week.",
}

LOANS_VI = {
    "eligibility": (
        "Người từ 18 tuổi có hoàn cảnh khó khăn, có phương án làm ăn hoặc học nghề, thuộc các "
        "chương trình cho vay của Ngân hàng Chính sách xã hội (ví dụ vay vốn tạo việc làm)."
    ),
    "fees": (
        "Không mất phí làm hồ sơ. Lãi suất ưu đãi theo từng chương trình, thấp hơn ngân hàng "
        "thương mại; cán bộ sẽ báo lãi suất đang áp dụng. Không ai được đòi bạn nộp tiền trước "
        "để được vay."
    ),
    "application": (
        "Thường hồ sơ đi qua tổ tiết kiệm và vay vốn ở phường, xã nơi bạn sống (do Hội Phụ nữ, "
        "Hội Nông dân... quản lý). Hãy đến phòng giao dịch hoặc điểm giao dịch ở phường, xã để "
        "được hướng dẫn, rồi tổ sẽ họp xét và gửi hồ sơ lên ngân hàng."
    ),
    "documents": (
        "Căn cước\n"
        "Giấy đề nghị vay vốn (theo mẫu của ngân hàng, có sẵn tại phòng giao dịch)\n"
        "Phương án sử dụng vốn (cán bộ giúp bạn viết)"
    ),
    "wait": "Thường 2–4 tuần từ khi nộp đủ hồ sơ đến khi nhận tiền.",
}
LOANS_EN = {
    "eligibility": (
        "People aged 18 and over in difficult circumstances, with a plan for work or training, "
        "who fit one of the Vietnam Bank for Social Policies' loan programmes (for example "
        "loans to create jobs)."
    ),
    "fees": (
        "No application fee. Each programme has its own preferential interest rate, lower than "
        "commercial banks; staff tell you the current rate. Nobody may ask you to pay money up "
        "front to get a loan."
    ),
    "application": (
        "Applications usually go through the savings and loan group of the ward or commune "
        "where you live (run by the Women's Union, the Farmers' Union and others). Come to the "
        "transaction office, or the bank's monthly session at your ward, for advice; the group "
        "then reviews your application and sends it to the bank."
    ),
    "documents": (
        "Your identity card\n"
        "A loan request (the bank's form, available at the office)\n"
        "A plan for using the money (staff help you write it)"
    ),
    "wait": "Usually 2–4 weeks from a complete application to receiving the money.",
}

SHELTER_VI = {
    "eligibility": (
        "Người từ 18 tuổi đang gặp bạo lực, bị ép buộc bán dâm hoặc bị mua bán, cần chỗ ở an "
        "toàn ngay. Người dưới 18 tuổi: gọi Tổng đài quốc gia bảo vệ trẻ em 111."
    ),
    "fees": "Miễn phí, kể cả ăn uống và đồ dùng cá nhân.",
    "application": (
        "Gọi số điện thoại bên dưới, bất kỳ lúc nào. Nhân viên hỏi về tình hình của bạn và hẹn "
        "một điểm gặp an toàn để đón bạn. Địa chỉ nhà tạm lánh không được công bố, để bảo vệ "
        "những người đang ở đó."
    ),
    "documents": "Không cần giấy tờ gì. Nếu bị giữ giấy tờ, nhân viên sẽ giúp bạn lấy lại.",
    "wait": "Đón trong ngày khi có chỗ; nếu hết chỗ, nhân viên tìm nơi khác cho bạn.",
}
SHELTER_EN = {
    "eligibility": (
        "People aged 18 and over facing violence, forced to sell sex or trafficked, who need a "
        "safe place to stay now. Under 18: call the National Child Protection Hotline, 111."
    ),
    "fees": "Free of charge, including meals and personal items.",
    "application": (
        "Call the number below, at any time. Staff ask about your situation and arrange a safe "
        "meeting point to pick you up. The shelter's address is not published, to protect the "
        "people staying there."
    ),
    "documents": (
        "Nothing: no ID is needed. If someone is holding your papers, staff will help you get "
        "them back."
    ),
    "wait": (
        "Picked up the same day when there is room; if it is full, staff find you another place."
    ),
}


def text(kit: dict, **fields) -> Text:
    """A service's text: the kind's shared fields, with the service's own on top."""
    return Text(**{**kit, **fields})


TET = {"closed_for_tet": True}

SERVICES = [
    # Central wards ------------------------------------------------------------------------
    Service(
        vi=text(
            HIV_TESTING_VI,
            title="Xét nghiệm HIV nhanh – Bến Thành (mẫu)",
            slug="xet-nghiem-hiv-ben-thanh",
            summary="Xét nghiệm HIV nhanh, có kết quả sau 20 phút, không cần tên hay giấy tờ.",
            description=(
                "Nhân viên tư vấn của phòng khám, trong đó có người từng bán dâm, tư vấn riêng "
                "trước và sau xét nghiệm. Có bộ tự xét nghiệm HIV để mang về cho bạn tình, bao "
                "cao su và chất bôi trơn miễn phí. Tối thứ Tư mở thêm đến 19:30."
            ),
        ),
        en=text(
            HIV_TESTING_EN,
            title="Rapid HIV testing – Bến Thành (sample)",
            slug="hiv-testing-ben-thanh",
            summary="A rapid HIV test with the result in 20 minutes, no name or ID needed.",
            description=(
                "The clinic's counsellors, some of whom have sold sex themselves, talk with you "
                "in private before and after the test. Self-test kits to take home for a partner, "
                "condoms and lubricant are free. Open until 19:30 on Wednesday evenings."
            ),
        ),
        organisation="phong-kham-cong-dong-ben-thanh",
        places=("ben-thanh",),
        categories=("xet-nghiem-hiv",),
        hours=combine(CLINIC_HOURS, week((2,), ("17:30", "19:30"))),
        phones=(Phone("028 0000 1001", on_zalo=True),),
        checked_days_ago=12,
        free=True,
        anonymous=True,
        sex_worker_friendly=True,
        walk_in=True,
        languages=("vi", "en"),
        email="phongkham-benthanh@example.org",
        **TET,
    ),
    Service(
        vi=text(
            PREP_VI,
            title="PrEP dự phòng HIV – Bến Thành (mẫu)",
            slug="prep-ben-thanh",
            summary="Thuốc PrEP giúp phòng HIV, miễn phí, tư vấn thân thiện, không phán xét.",
            description=(
                "PrEP là thuốc uống giúp phòng lây nhiễm HIV rất hiệu quả khi uống đúng cách. "
                "Bác sĩ giúp bạn chọn cách uống hằng ngày hoặc theo tình huống, và nhắc lịch "
                "tái khám qua Zalo nếu bạn muốn. Tối thứ Tư mở thêm đến 19:30."
            ),
        ),
        en=text(
            PREP_EN,
            title="PrEP to prevent HIV – Bến Thành (sample)",
            slug="prep-ben-thanh",
            summary="PrEP medicine to prevent HIV, free, with friendly advice and no judgement.",
            description=(
                "PrEP is a medicine that prevents HIV very well when taken as advised. The "
                "doctor helps you choose between taking it every day or around sex, and reminds "
                "you of check-ups on Zalo if you like. Open until 19:30 on Wednesday evenings."
            ),
        ),
        organisation="phong-kham-cong-dong-ben-thanh",
        places=("ben-thanh",),
        categories=("prep",),
        hours=combine(CLINIC_HOURS, week((2,), ("17:30", "19:30"))),
        phones=(Phone("028 0000 1002", on_zalo=True),),
        checked_days_ago=40,
        free=True,
        sex_worker_friendly=True,
        languages=("vi", "en"),
        **TET,
    ),
    Service(
        vi=text(
            STI_VI,
            title="Khám và điều trị STI – Bến Thành (mẫu)",
            slug="kham-sti-ben-thanh",
            summary="Khám, xét nghiệm và điều trị bệnh lây qua đường tình dục, dùng tên gọi khác.",
            description=(
                "Khám và điều trị giang mai, lậu, chlamydia, sùi mào gà, herpes và viêm nhiễm "
                "phụ khoa; xét nghiệm HIV và viêm gan B, C cùng lúc nếu bạn muốn. Bác sĩ nữ "
                "khám cho người muốn được bác sĩ nữ khám."
            ),
        ),
        en=text(
            STI_EN,
            title="STI care – Bến Thành (sample)",
            slug="sti-care-ben-thanh",
            summary="Check-ups, tests and treatment for sexually transmitted infections, under a "
            "nickname if you like.",
            description=(
                "Tests and treatment for syphilis, gonorrhoea, chlamydia, genital warts, herpes "
                "and vaginal infections; HIV and hepatitis B and C tests at the same visit if "
                "you wish. A woman doctor sees anyone who prefers one."
            ),
        ),
        organisation="phong-kham-cong-dong-ben-thanh",
        places=("ben-thanh",),
        categories=("kham-dieu-tri-sti", "xet-nghiem-hiv"),
        hours=CLINIC_HOURS,
        phones=(Phone("028 0000 1003"),),
        checked_days_ago=75,
        anonymous=True,
        sex_worker_friendly=True,
        walk_in=True,
        **TET,
    ),
    Service(
        vi=text(
            HIV_TESTING_VI,
            title="Xét nghiệm HIV buổi tối tại cộng đồng – Sài Gòn (mẫu)",
            slug="xet-nghiem-hiv-buoi-toi-sai-gon",
            summary="Xét nghiệm HIV miễn phí buổi tối do nhóm đồng đẳng thực hiện, 18:00–21:00.",
            description=(
                "Nhóm đồng đẳng làm xét nghiệm HIV nhanh vào tối thứ Ba, thứ Năm và thứ Bảy, "
                "sau giờ làm của nhiều người. Người làm xét nghiệm là người trong cộng đồng, "
                "hiểu công việc của bạn. Phát miễn phí bộ tự xét nghiệm, bao cao su và chất "
                "bôi trơn; có người đi cùng bạn đến phòng khám nếu cần."
            ),
        ),
        en=text(
            HIV_TESTING_EN,
            title="Evening community HIV testing – Sài Gòn (sample)",
            slug="evening-hiv-testing-sai-gon",
            summary="Free evening HIV testing by a peer group, 18:00–21:00.",
            description=(
                "The peer group does rapid HIV tests on Tuesday, Thursday and Saturday "
                "evenings, after many people finish work. Testers are from the community and "
                "understand your work. Self-test kits, condoms and lubricant are free, and "
                "someone can go with you to a clinic if you need it."
            ),
        ),
        organisation="nhom-dong-dang-sen-hong",
        places=("sai-gon-cong-dong",),
        categories=("xet-nghiem-hiv",),
        hours=week((1, 3, 5), ("18:00", "21:00")),
        phones=(Phone("028 0000 1011", on_zalo=True),),
        checked_days_ago=9,
        free=True,
        anonymous=True,
        sex_worker_friendly=True,
        walk_in=True,
    ),
    Service(
        vi=text(
            ARV_VI,
            title="Điều trị ARV – Sài Gòn (mẫu)",
            slug="dieu-tri-arv-sai-gon",
            summary="Điều trị HIV bằng thuốc ARV, có thể bắt đầu trong ngày, giữ bí mật.",
            description=(
                "Phòng khám ngoại trú điều trị HIV: khám, xét nghiệm tải lượng vi-rút định kỳ, "
                "cấp thuốc ARV 1–3 tháng một lần. Người đang điều trị ổn định có thể nhận "
                "thuốc nhiều tháng một lần để ít phải đi lại."
            ),
        ),
        en=text(
            ARV_EN,
            title="ARV treatment – Sài Gòn (sample)",
            slug="arv-treatment-sai-gon",
            summary="HIV treatment with ARV medicines, often started the same day, kept "
            "confidential.",
            description=(
                "An outpatient HIV clinic: check-ups, regular viral load tests and ARV medicines "
                "every 1–3 months. People who are stable on treatment can collect several months "
                "of medicine at a time, to travel less."
            ),
        ),
        organisation="trung-tam-y-te-trung-tam",
        places=("sai-gon-y-te",),
        categories=("dieu-tri-arv",),
        hours=CLINIC_HOURS,
        phones=(Phone("028 0000 1021"),),
        checked_days_ago=120,
        free=True,
        sex_worker_friendly=True,
        languages=("vi", "en"),
        **TET,
    ),
    Service(
        vi=text(
            HEALTH_CARE_VI,
            title="Khám chữa bệnh – Tân Định (mẫu)",
            slug="kham-chua-benh-tan-dinh",
            summary="Khám bệnh thông thường, sức khoẻ sinh sản và tiêm chủng, có khám sáng "
            "Chủ nhật.",
            description=(
                "Khám nội, sản phụ khoa, tư vấn tránh thai, tiêm vắc-xin viêm gan B và HPV, xét "
                "nghiệm máu. Mở cả sáng Chủ nhật cho người bận trong tuần."
            ),
        ),
        en=text(
            HEALTH_CARE_EN,
            title="Health care – Tân Định (sample)",
            slug="health-care-tan-dinh",
            summary="General check-ups, reproductive health and vaccinations, open on Sunday "
            "mornings.",
            description=(
                "General medicine, gynaecology, contraception advice, hepatitis B and HPV "
                "vaccines, blood tests. Also open on Sunday mornings for people who are busy "
                "during the week."
            ),
        ),
        organisation="trung-tam-y-te-trung-tam",
        places=("tan-dinh-y-te",),
        categories=("kham-chua-benh",),
        hours=combine(CLINIC_HOURS, week(SUNDAY, MORNING)),
        phones=(Phone("028 0000 1031"),),
        checked_days_ago=30,
        walk_in=True,
        languages=("vi", "en"),
        **TET,
    ),
    Service(
        vi=text(
            LEGAL_VI,
            title="Tư vấn pháp lý – Tân Định (mẫu)",
            slug="tu-van-phap-ly-tan-dinh",
            summary="Luật sư tư vấn miễn phí về quyền của bạn, giấy tờ, xử phạt và bạo lực.",
            description=(
                "Luật sư giải thích quyền của bạn khi bị kiểm tra, bị xử phạt hành chính hoặc "
                "bị giữ giấy tờ; giúp bạn làm lại căn cước, khai sinh cho con, giải quyết tranh "
                "chấp lao động, và tố giác khi bị bạo lực hay bị ép buộc."
            ),
        ),
        en=text(
            LEGAL_EN,
            title="Legal advice – Tân Định (sample)",
            slug="legal-advice-tan-dinh",
            summary="Free advice from lawyers on your rights, papers, fines and violence.",
            description=(
                "Lawyers explain your rights when you are checked, fined or your papers are "
                "held; they help you replace an identity card, register a child's birth, settle "
                "a work dispute, and report violence or coercion."
            ),
        ),
        organisation="van-phong-tu-van-phap-ly",
        places=("tan-dinh-phap-ly",),
        categories=("tu-van-phap-ly",),
        hours=OFFICE_HOURS,
        phones=(Phone("028 0000 1041"),),
        checked_days_ago=50,
        free=True,
        anonymous=True,
        sex_worker_friendly=True,
        languages=("vi", "en"),
        **TET,
    ),
    Service(
        vi=text(
            {**LEGAL_VI, "wait": "Không cần hẹn; thường chờ 15–45 phút."},
            title="Tư vấn pháp lý – Chợ Lớn (mẫu)",
            slug="tu-van-phap-ly-cho-lon",
            summary="Tư vấn pháp lý miễn phí sáng thứ Ba, thứ Năm, thứ Bảy; có người nói "
            "tiếng Hoa.",
            description=(
                "Buổi tư vấn không cần hẹn, có luật sư nói tiếng Hoa (Quảng Đông và Phổ thông). "
                "Tư vấn về giấy tờ tuỳ thân, hộ tịch, hợp đồng thuê nhà, nợ và vay nặng lãi."
            ),
        ),
        en=text(
            {**LEGAL_EN, "wait": "No appointment needed; usually a 15–45 minute wait."},
            title="Legal advice – Chợ Lớn (sample)",
            slug="legal-advice-cho-lon",
            summary="Free legal advice on Tuesday, Thursday and Saturday mornings; Chinese spoken.",
            description=(
                "Drop-in sessions with a lawyer who speaks Chinese (Cantonese and Mandarin). "
                "Advice on identity papers, civil registration, rental contracts, debts and "
                "loan sharks."
            ),
        ),
        organisation="van-phong-tu-van-phap-ly",
        places=("cho-lon-phap-ly",),
        categories=("tu-van-phap-ly",),
        hours=combine(week((1, 3), MORNING, ("13:00", "16:30")), week(SATURDAY, MORNING)),
        phones=(Phone("028 0000 1042"),),
        checked_days_ago=200,
        free=True,
        anonymous=True,
        sex_worker_friendly=True,
        walk_in=True,
        languages=("vi", "zh"),
    ),
    Service(
        vi=text(
            HEALTH_CARE_VI,
            title="Khám chữa bệnh và xét nghiệm HIV – Chợ Lớn (mẫu)",
            slug="kham-chua-benh-cho-lon",
            summary="Khám bệnh thông thường, xét nghiệm HIV miễn phí, chuyển tuyến khi cần.",
            description=(
                "Khám bệnh thông thường và khám phụ khoa. Xét nghiệm HIV miễn phí tại phòng "
                "tư vấn riêng, không ghi tên nếu bạn không muốn."
            ),
        ),
        en=text(
            HEALTH_CARE_EN,
            title="Health care and HIV testing – Chợ Lớn (sample)",
            slug="health-care-cho-lon",
            summary="General check-ups, free HIV testing, and referrals when needed.",
            description=(
                "General and gynaecological check-ups. Free HIV testing in a private "
                "counselling room, without your name if you prefer."
            ),
        ),
        organisation="trung-tam-y-te-trung-tam",
        places=("cho-lon-y-te",),
        categories=("kham-chua-benh", "xet-nghiem-hiv"),
        hours=CLINIC_HOURS,
        phones=(Phone("028 0000 1032"),),
        checked_days_ago=65,
        walk_in=True,
        **TET,
    ),
    Service(
        vi=text(
            COUNSELLING_VI,
            title="Tư vấn tâm lý – Bàn Cờ (mẫu)",
            slug="tu-van-tam-ly-ban-co",
            summary="Trò chuyện riêng với chuyên viên tâm lý, miễn phí; có phiên dịch ngôn ngữ "
            "ký hiệu.",
            description=(
                "Chuyên viên tâm lý gặp riêng bạn khi bạn lo âu, mất ngủ, buồn bã kéo dài, gặp "
                "bạo lực hoặc bị kỳ thị. Tối thứ Năm có buổi sinh hoạt nhóm nhỏ. Có phiên dịch "
                "ngôn ngữ ký hiệu Việt Nam khi hẹn trước."
            ),
        ),
        en=text(
            COUNSELLING_EN,
            title="Counselling – Bàn Cờ (sample)",
            slug="counselling-ban-co",
            summary="Talk in private with a psychologist, free; Vietnamese Sign Language "
            "interpreting.",
            description=(
                "A psychologist sees you in private when you feel anxious, cannot sleep, feel "
                "low for a long time, face violence or stigma. A small support group meets on "
                "Thursday evenings. Vietnamese Sign Language interpreting by appointment."
            ),
        ),
        organisation="trung-tam-tu-van-an-nhien",
        places=("ban-co",),
        categories=("tu-van-tam-ly",),
        hours=combine(
            week(MONDAY_TO_FRIDAY, ("08:00", "12:00"), ("13:00", "17:00")),
            week((3,), ("18:00", "20:00")),
        ),
        phones=(Phone("028 0000 1051", on_zalo=True),),
        checked_days_ago=22,
        free=True,
        anonymous=True,
        sex_worker_friendly=True,
        languages=("vi", "en", "sgn-VN"),
        **TET,
    ),
    Service(
        vi=text(
            {
                **COUNSELLING_VI,
                "application": (
                    "Gọi bất kỳ lúc nào, ngày hay đêm, kể cả ngày lễ. Bạn không cần nói tên. "
                    "Người nghe máy là chuyên viên tư vấn tâm lý và pháp lý; nếu bạn đang gặp "
                    "nguy hiểm, họ giúp bạn tìm chỗ an toàn ngay."
                ),
                "wait": "Thường được trả lời ngay; lúc đông có thể chờ vài phút.",
            },
            title="Đường dây tư vấn 24/7 (mẫu)",
            slug="duong-day-tu-van-24-7",
            summary="Gọi miễn phí, ngày và đêm, để được lắng nghe và tư vấn tâm lý, pháp lý.",
            description=(
                "Đường dây điện thoại miễn phí, hoạt động 24 giờ mỗi ngày, 7 ngày mỗi tuần. "
                "Chuyên viên lắng nghe, tư vấn khi bạn gặp bạo lực, bị ép buộc, lo âu, hoặc chỉ "
                "cần người nói chuyện, và giới thiệu dịch vụ gần bạn. Đây là số mẫu, chưa hoạt "
                "động; khi khẩn cấp, hãy gọi 113 (công an) hoặc 115 (cấp cứu)."
            ),
        ),
        en=text(
            {
                **COUNSELLING_EN,
                "application": (
                    "Call at any time, day or night, holidays included. You need not give your "
                    "name. The person who answers is a trained counsellor in mental health and "
                    "legal matters; if you are in danger, they help you find a safe place at once."
                ),
                "wait": "Usually answered at once; at busy times, a few minutes.",
            },
            title="24/7 counselling line (sample)",
            slug="counselling-line-24-7",
            summary="Call free of charge, day and night, to be listened to and get counselling "
            "or legal advice.",
            description=(
                "A free phone line, open 24 hours a day, 7 days a week. Counsellors listen and "
                "advise when you face violence or coercion, feel anxious, or just need someone "
                "to talk to, and tell you about services near you. This is a sample number, not "
                "in service; in an emergency, call 113 (police) or 115 (ambulance)."
            ),
        ),
        organisation="trung-tam-tu-van-an-nhien",
        places=("duong-day-24-7",),
        categories=("tu-van-tam-ly", "tu-van-phap-ly"),
        hours=ALL_DAY_EVERY_DAY,
        phones=(
            Phone(
                "1800 0000",
                note_vi="Số mẫu, chưa hoạt động · gọi miễn phí",
                note_en="Sample number, not in service · free call",
            ),
        ),
        checked_days_ago=5,
        free=True,
        anonymous=True,
        sex_worker_friendly=True,
        languages=("vi", "en"),
    ),
    Service(
        vi=text(
            {
                **COUNSELLING_VI,
                "application": (
                    "Cứ đến, không cần hẹn, không cần nói tên. Bạn có thể nghỉ ngơi, uống nước, "
                    "tắm, sạc điện thoại, và nói chuyện với người trong nhóm nếu muốn."
                ),
                "wait": "Không phải chờ.",
            },
            title="Điểm tiếp đón ban đêm – Xóm Chiếu (mẫu)",
            slug="diem-tiep-don-ban-dem-xom-chieu",
            summary="Chỗ nghỉ chân an toàn ban đêm 20:00–02:00: trò chuyện, xét nghiệm HIV, "
            "bao cao su.",
            description=(
                "Điểm tiếp đón do nhóm đồng đẳng mở từ 20:00 đến 2:00 sáng, từ thứ Ba đến Chủ "
                "nhật. Có bao cao su, chất bôi trơn, bộ tự xét nghiệm HIV, sơ cứu, và người sẵn "
                "sàng giúp khi bạn gặp chuyện không an toàn trong đêm. Nghỉ đêm thứ Hai."
            ),
        ),
        en=text(
            {
                **COUNSELLING_EN,
                "application": (
                    "Just come in: no appointment, no name. You can rest, have a drink of water, "
                    "take a shower, charge your phone, and talk with someone from the group if "
                    "you want to."
                ),
                "wait": "No waiting.",
            },
            title="Night drop-in – Xóm Chiếu (sample)",
            slug="night-drop-in-xom-chieu",
            summary="A safe place to rest at night, 20:00–02:00: someone to talk to, HIV "
            "testing, condoms.",
            description=(
                "A drop-in run by a peer group from 20:00 to 2:00 in the morning, Tuesday to "
                "Sunday. Condoms, lubricant, HIV self-test kits, first aid, and people ready to "
                "help if something unsafe happens during the night. Closed on Monday nights."
            ),
        ),
        organisation="nhom-dong-dang-sen-hong",
        places=("xom-chieu",),
        categories=("tu-van-tam-ly", "xet-nghiem-hiv"),
        hours=week((1, 2, 3, 4, 5, 6), ("20:00", "02:00")),
        phones=(Phone("028 0000 1012", on_zalo=True),),
        checked_days_ago=14,
        free=True,
        anonymous=True,
        sex_worker_friendly=True,
        walk_in=True,
    ),
    Service(
        vi=text(
            TRAINING_VI,
            title="Học nghề ngắn hạn – Gia Định (mẫu)",
            slug="hoc-nghe-gia-dinh",
            summary="Khoá học làm tóc, làm móng, nấu ăn, pha chế 1–3 tháng, miễn học phí cho "
            "người được hỗ trợ.",
            description=(
                "Các nghề đang cần người: làm tóc, làm móng, trang điểm, nấu ăn, pha chế đồ "
                "uống. Lớp nhỏ, có lớp buổi tối cho người đang đi làm. Học viên được giới thiệu "
                "thực tập và việc làm sau khoá học."
            ),
        ),
        en=text(
            TRAINING_EN,
            title="Short vocational courses – Gia Định (sample)",
            slug="vocational-training-gia-dinh",
            summary="1–3 month courses in hairdressing, nails, cooking and bartending, free for "
            "those who qualify.",
            description=(
                "Trades in demand: hairdressing, nails, make-up, cooking, making drinks. Small "
                "classes, with evening classes for people who work. Students are referred to "
                "internships and jobs at the end of the course."
            ),
        ),
        organisation="truong-nghe-mau",
        places=("gia-dinh",),
        categories=("hoc-nghe",),
        hours=OFFICE_HOURS,
        phones=(Phone("028 0000 1061"),),
        checked_days_ago=95,
        free=True,
        sex_worker_friendly=True,
        walk_in=True,
        minimum_age=16,
        **TET,
    ),
    Service(
        vi=text(
            JOBS_VI,
            title="Giới thiệu việc làm – Bình Thạnh (mẫu)",
            slug="gioi-thieu-viec-lam-binh-thanh",
            summary="Tư vấn nghề và giới thiệu việc làm miễn phí, mở cả sáng thứ Bảy.",
            description=(
                "Cán bộ tư vấn giúp bạn chọn việc phù hợp, viết sơ yếu lý lịch và chuẩn bị "
                "phỏng vấn. Có danh sách việc làm cập nhật hằng tuần: bán hàng, phục vụ, "
                "giúp việc gia đình, công nhân. Sàn giao dịch việc làm vào sáng thứ Bảy đầu "
                "tháng."
            ),
        ),
        en=text(
            JOBS_EN,
            title="Job placement – Bình Thạnh (sample)",
            slug="job-placement-binh-thanh",
            summary="Free career advice and job referrals, also open on Saturday mornings.",
            description=(
                "Advisers help you choose suitable work, write a CV and prepare for interviews. "
                "Job lists are updated every week: shop work, restaurants, domestic work, "
                "factories. A job fair is held on the first Saturday morning of each month."
            ),
        ),
        organisation="trung-tam-viec-lam-mau",
        places=("binh-thanh",),
        categories=("gioi-thieu-viec-lam",),
        hours=combine(OFFICE_HOURS, week(SATURDAY, MORNING)),
        phones=(Phone("028 0000 1081"),),
        checked_days_ago=33,
        free=True,
        walk_in=True,
        languages=("vi", "en"),
        minimum_age=15,
        **TET,
    ),
    Service(
        vi=text(
            EDUCATION_VI,
            title="Lớp bổ túc văn hoá buổi tối – Phú Nhuận (mẫu)",
            slug="bo-tuc-van-hoa-phu-nhuan",
            summary="Lớp buổi tối để học hết cấp 2, cấp 3 hoặc học đọc, viết, tính toán.",
            description=(
                "Lớp học từ 18:00 đến 20:30, thứ Hai đến thứ Sáu; văn phòng tiếp nhận đăng ký "
                "buổi sáng. Giáo viên quen dạy người lớn đi làm, lớp học tôn trọng và kín đáo."
            ),
        ),
        en=text(
            EDUCATION_EN,
            title="Evening basic education classes – Phú Nhuận (sample)",
            slug="basic-education-phu-nhuan",
            summary="Evening classes to finish school or to learn to read, write and count.",
            description=(
                "Classes from 18:00 to 20:30, Monday to Friday; the office takes enrolments in "
                "the morning. Teachers are used to adults who work, and classes are respectful "
                "and discreet."
            ),
        ),
        organisation="giao-duc-thuong-xuyen-mau",
        places=("phu-nhuan",),
        categories=("bo-tuc-van-hoa",),
        hours=combine(
            week(MONDAY_TO_FRIDAY, ("08:00", "11:00")), week(MONDAY_TO_FRIDAY, ("18:00", "20:30"))
        ),
        phones=(Phone("028 0000 1091"),),
        checked_days_ago=140,
        walk_in=True,
        minimum_age=15,
        **TET,
    ),
    Service(
        vi=text(
            LOANS_VI,
            title="Vay vốn ưu đãi – Chánh Hưng (mẫu)",
            slug="vay-von-uu-dai-chanh-hung",
            summary="Hướng dẫn vay vốn lãi suất thấp của Ngân hàng Chính sách xã hội.",
            description=(
                "Cán bộ phòng giao dịch giải thích các chương trình cho vay, giúp bạn viết "
                "phương án sử dụng vốn và chỉ cho bạn tổ tiết kiệm và vay vốn ở nơi bạn sống."
            ),
        ),
        en=text(
            LOANS_EN,
            title="Preferential loans – Chánh Hưng (sample)",
            slug="preferential-loans-chanh-hung",
            summary="Help with low-interest loans from the Vietnam Bank for Social Policies.",
            description=(
                "Staff at the transaction office explain the loan programmes, help you write a "
                "plan for the money and tell you which savings and loan group serves where you "
                "live."
            ),
        ),
        organisation="ngan-hang-csxh-mau",
        places=("chanh-hung",),
        categories=("vay-von-uu-dai",),
        hours=OFFICE_HOURS,
        phones=(Phone("028 0000 1101"),),
        checked_days_ago=60,
        walk_in=True,
        minimum_age=18,
        **TET,
    ),
    # Shelters: confidential locations, phone contact only ----------------------------------
    Service(
        vi=text(
            SHELTER_VI,
            title="Nhà tạm lánh an toàn số 1 (mẫu)",
            slug="nha-tam-lanh-so-1",
            summary="Chỗ ở an toàn, bí mật cho người gặp bạo lực hoặc bị ép buộc. Gọi 24/7.",
            description=(
                "Nhà tạm lánh có nhân viên trực cả ngày đêm. Bạn được ở tối đa 30 ngày, có thể "
                "gia hạn; được tư vấn tâm lý, khám sức khoẻ, trợ giúp pháp lý và hỗ trợ học "
                "nghề, tìm việc khi sẵn sàng."
            ),
        ),
        en=text(
            SHELTER_EN,
            title="Safe shelter no. 1 (sample)",
            slug="safe-shelter-1",
            summary="A safe, secret place to stay for people facing violence or coercion. Call "
            "24/7.",
            description=(
                "A shelter with staff day and night. You can stay up to 30 days, longer if "
                "needed, and get counselling, a health check, legal help, and help with training "
                "or work when you are ready."
            ),
        ),
        organisation="mai-am-binh-yen",
        places=("nha-tam-lanh-1",),
        categories=("nha-tam-lanh", "tu-van-tam-ly"),
        hours=ALL_DAY_EVERY_DAY,
        phones=(
            Phone(
                "028 0000 1071",
                note_vi="Số mẫu, chưa hoạt động · gọi trước, 24/7",
                note_en="Sample number, not in service · call first, 24/7",
            ),
        ),
        checked_days_ago=18,
        free=True,
        anonymous=True,
        sex_worker_friendly=True,
        minimum_age=18,
    ),
    Service(
        vi=text(
            SHELTER_VI,
            title="Nhà tạm lánh an toàn số 2 (mẫu)",
            slug="nha-tam-lanh-so-2",
            summary="Chỗ ở an toàn cho phụ nữ và con nhỏ khi gặp bạo lực. Gọi 24/7.",
            description=(
                "Nhà tạm lánh nhận phụ nữ cùng con nhỏ đi theo. Có chỗ cho trẻ chơi và học, "
                "nhân viên giúp bạn giữ liên lạc an toàn với người thân nếu bạn muốn."
            ),
        ),
        en=text(
            SHELTER_EN,
            title="Safe shelter no. 2 (sample)",
            slug="safe-shelter-2",
            summary="A safe place for women and their young children facing violence. Call 24/7.",
            description=(
                "A shelter that takes women together with their young children. There is space "
                "for children to play and learn, and staff help you keep safe contact with "
                "family if you wish."
            ),
        ),
        organisation="mai-am-binh-yen",
        places=("nha-tam-lanh-2",),
        categories=("nha-tam-lanh",),
        hours=ALL_DAY_EVERY_DAY,
        phones=(
            Phone(
                "0274 0000 171",
                note_vi="Số mẫu, chưa hoạt động · gọi trước, 24/7",
                note_en="Sample number, not in service · call first, 24/7",
            ),
        ),
        checked_days_ago=150,
        free=True,
        anonymous=True,
        sex_worker_friendly=True,
        minimum_age=18,
    ),
    # Thủ Đức area -------------------------------------------------------------------------
    Service(
        vi=text(
            HIV_TESTING_VI,
            title="Xét nghiệm HIV và PrEP – Thủ Đức (mẫu)",
            slug="xet-nghiem-hiv-prep-thu-duc",
            summary="Xét nghiệm HIV nhanh và bắt đầu PrEP trong cùng một buổi, mở cả sáng Chủ "
            "nhật.",
            description=(
                "Xét nghiệm HIV nhanh không cần tên. Nếu kết quả âm tính và bạn muốn dùng PrEP, "
                "bác sĩ khám và kê thuốc ngay trong buổi đó (PrEP cần giấy tờ tuỳ thân hoặc "
                "thẻ bảo hiểm y tế). Sinh viên và công nhân khu vực Thủ Đức đến đông vào sáng "
                "Chủ nhật."
            ),
        ),
        en=text(
            HIV_TESTING_EN,
            title="HIV testing and PrEP – Thủ Đức (sample)",
            slug="hiv-testing-prep-thu-duc",
            summary="A rapid HIV test and a PrEP start at the same visit, also open on Sunday "
            "mornings.",
            description=(
                "Rapid HIV tests without your name. If the result is negative and you want PrEP, "
                "a doctor sees you and prescribes it at the same visit (PrEP needs an ID or a "
                "health insurance card). Students and workers of the Thủ Đức area often come on "
                "Sunday mornings."
            ),
        ),
        organisation="phong-kham-da-khoa-thu-duc",
        places=("thu-duc",),
        categories=("xet-nghiem-hiv", "prep"),
        hours=combine(CLINIC_HOURS, week(SUNDAY, MORNING)),
        phones=(Phone("028 0000 1111", on_zalo=True),),
        checked_days_ago=27,
        free=True,
        anonymous=True,
        sex_worker_friendly=True,
        walk_in=True,
    ),
    Service(
        vi=text(
            STI_VI,
            title="Khám STI buổi tối – Linh Xuân (mẫu)",
            slug="kham-sti-buoi-toi-linh-xuan",
            summary="Khám và xét nghiệm STI, HIV buổi tối 17:00–20:00 cho người đi làm.",
            description=(
                "Phòng khám mở buổi tối các ngày trong tuần, gần khu nhà trọ công nhân. Khám "
                "riêng, xét nghiệm giang mai và HIV nhanh có kết quả trong buổi."
            ),
        ),
        en=text(
            STI_EN,
            title="Evening STI care – Linh Xuân (sample)",
            slug="evening-sti-care-linh-xuan",
            summary="STI and HIV check-ups and tests on weekday evenings, 17:00–20:00, for "
            "people who work.",
            description=(
                "A clinic open on weekday evenings, near workers' boarding houses. Private "
                "consultations, and rapid syphilis and HIV tests with results the same evening."
            ),
        ),
        organisation="phong-kham-da-khoa-thu-duc",
        places=("linh-xuan",),
        categories=("kham-dieu-tri-sti", "xet-nghiem-hiv"),
        hours=week(MONDAY_TO_FRIDAY, ("17:00", "20:00")),
        phones=(Phone("028 0000 1112"),),
        checked_days_ago=44,
        anonymous=True,
        sex_worker_friendly=True,
        walk_in=True,
    ),
    Service(
        vi=text(
            TRAINING_VI,
            title="Học nghề và việc làm – Tăng Nhơn Phú (mẫu)",
            slug="hoc-nghe-viec-lam-tang-nhon-phu",
            summary="Học may, lắp ráp điện tử, điện dân dụng và được giới thiệu việc làm sau "
            "khoá học.",
            description=(
                "Khoá học gắn với các nhà máy trong khu công nghệ cao và khu công nghiệp gần đó: "
                "may công nghiệp, lắp ráp linh kiện điện tử, điện dân dụng. Nhà trường giới "
                "thiệu việc làm cho học viên hoàn thành khoá học."
            ),
        ),
        en=text(
            TRAINING_EN,
            title="Training and jobs – Tăng Nhơn Phú (sample)",
            slug="training-and-jobs-tang-nhon-phu",
            summary="Learn sewing, electronics assembly or household electrics, with job "
            "referrals afterwards.",
            description=(
                "Courses linked to factories in the nearby high-tech and industrial parks: "
                "industrial sewing, electronic component assembly, household electrics. The "
                "school refers students who finish a course to jobs."
            ),
        ),
        organisation="truong-nghe-mau",
        places=("tang-nhon-phu",),
        categories=("hoc-nghe", "gioi-thieu-viec-lam"),
        hours=combine(OFFICE_HOURS, week(SATURDAY, MORNING)),
        phones=(Phone("028 0000 1062"),),
        checked_days_ago=110,
        free=True,
        sex_worker_friendly=True,
        walk_in=True,
        minimum_age=16,
        **TET,
    ),
    # Outer communes -----------------------------------------------------------------------
    Service(
        vi=text(
            HEALTH_CARE_VI,
            title="Khám bệnh và xét nghiệm HIV – Củ Chi (mẫu)",
            slug="kham-benh-xet-nghiem-hiv-cu-chi",
            summary="Trạm y tế xã: khám bệnh ban đầu, xét nghiệm HIV miễn phí, tiêm chủng.",
            description=(
                "Trạm y tế khám bệnh thông thường, khám thai, tiêm chủng và xét nghiệm HIV "
                "miễn phí, giữ bí mật. Khi cần, trạm chuyển bạn lên bệnh viện tuyến trên."
            ),
        ),
        en=text(
            HEALTH_CARE_EN,
            title="Health care and HIV testing – Củ Chi (sample)",
            slug="health-care-hiv-testing-cu-chi",
            summary="A commune health station: first-line care, free HIV testing, vaccinations.",
            description=(
                "The health station offers general check-ups, antenatal care, vaccinations and "
                "free, confidential HIV testing. When needed, it refers you to a hospital."
            ),
        ),
        organisation="tram-y-te-ngoai-thanh",
        places=("cu-chi",),
        categories=("kham-chua-benh", "xet-nghiem-hiv"),
        hours=HEALTH_STATION_HOURS,
        phones=(Phone("028 0000 1121"),),
        checked_days_ago=80,
        walk_in=True,
        **TET,
    ),
    Service(
        vi=text(
            ARV_VI,
            title="Điều trị ARV – Hóc Môn (mẫu)",
            slug="dieu-tri-arv-hoc-mon",
            summary="Điều trị HIV bằng thuốc ARV gần nhà cho người ở khu vực Hóc Môn, Củ Chi.",
            description=(
                "Phòng khám ngoại trú điều trị HIV của khu vực ngoại thành phía bắc: khám, xét "
                "nghiệm tải lượng vi-rút và cấp thuốc ARV, không phải đi vào trung tâm thành phố."
            ),
        ),
        en=text(
            ARV_EN,
            title="ARV treatment – Hóc Môn (sample)",
            slug="arv-treatment-hoc-mon",
            summary="HIV treatment with ARV medicines close to home for the Hóc Môn and Củ Chi "
            "areas.",
            description=(
                "The outpatient HIV clinic of the northern outer communes: check-ups, viral load "
                "tests and ARV medicines, with no need to travel into the city centre."
            ),
        ),
        organisation="tram-y-te-ngoai-thanh",
        places=("hoc-mon",),
        categories=("dieu-tri-arv",),
        hours=week(MONDAY_TO_FRIDAY, ("07:00", "11:00"), ("13:00", "16:30")),
        phones=(Phone("028 0000 1122"),),
        checked_days_ago=190,
        free=True,
        sex_worker_friendly=True,
        **TET,
    ),
    Service(
        vi=text(
            TRAINING_VI,
            title="Học nghề – Bình Chánh (mẫu)",
            slug="hoc-nghe-binh-chanh",
            summary="Học may, chế biến thực phẩm, sửa xe máy, trồng rau sạch; miễn học phí "
            "cho người được hỗ trợ.",
            description=(
                "Khoá học thực hành tại xưởng và vườn của trường: may, chế biến thực phẩm, sửa "
                "xe máy, trồng rau sạch. Học viên muốn tự làm ăn được hướng dẫn vay vốn ưu đãi."
            ),
        ),
        en=text(
            TRAINING_EN,
            title="Vocational training – Bình Chánh (sample)",
            slug="vocational-training-binh-chanh",
            summary="Learn sewing, food processing, motorbike repair or vegetable growing; free "
            "for those who qualify.",
            description=(
                "Hands-on courses in the school's workshops and gardens: sewing, food processing, "
                "motorbike repair, growing vegetables. Students who want to start a business are "
                "shown how to apply for a preferential loan."
            ),
        ),
        organisation="truong-nghe-mau",
        places=("binh-chanh",),
        categories=("hoc-nghe",),
        hours=OFFICE_HOURS,
        phones=(Phone("028 0000 1063"),),
        checked_days_ago=55,
        free=True,
        walk_in=True,
        minimum_age=16,
        **TET,
    ),
    Service(
        vi=text(
            HIV_TESTING_VI,
            title="Xét nghiệm HIV và khám bệnh – Cần Giờ (mẫu)",
            slug="xet-nghiem-hiv-can-gio",
            summary="Xét nghiệm HIV miễn phí ở trạm y tế; đội lưu động ra xã đảo Thạnh An mỗi "
            "tháng.",
            description=(
                "Trạm y tế xét nghiệm HIV miễn phí và khám bệnh ban đầu. Một buổi sáng thứ Bảy "
                "mỗi tháng, đội lưu động đi thuyền ra xã đảo Thạnh An; gọi trước để biết ngày."
            ),
        ),
        en=text(
            HIV_TESTING_EN,
            title="HIV testing and health care – Cần Giờ (sample)",
            slug="hiv-testing-can-gio",
            summary="Free HIV testing at the health station; a mobile team visits Thạnh An "
            "island every month.",
            description=(
                "The health station offers free HIV testing and first-line care. One Saturday "
                "morning a month, a mobile team takes the boat to Thạnh An island commune; call "
                "to find out the date."
            ),
        ),
        organisation="tram-y-te-ngoai-thanh",
        places=("can-gio",),
        categories=("xet-nghiem-hiv", "kham-chua-benh"),
        hours=HEALTH_STATION_HOURS,
        phones=(Phone("028 0000 1123"),),
        checked_days_ago=100,
        free=True,
        anonymous=True,
        walk_in=True,
        **TET,
    ),
    # Former Bình Dương --------------------------------------------------------------------
    Service(
        vi=text(
            ARV_VI,
            title="Xét nghiệm HIV, PrEP và điều trị ARV – Thủ Dầu Một (mẫu)",
            slug="xet-nghiem-prep-arv-thu-dau-mot",
            summary="Xét nghiệm HIV, PrEP và điều trị ARV ở cùng một nơi, thân thiện với "
            "người bán dâm.",
            description=(
                "Phòng khám HIV của khu vực Bình Dương cũ: xét nghiệm HIV nhanh miễn phí, bắt "
                "đầu PrEP, và điều trị ARV cho người có kết quả dương tính, tất cả ở một nơi để "
                "bạn không phải đi nhiều chỗ."
            ),
            eligibility=(
                "Xét nghiệm và PrEP: bất kỳ ai. Điều trị ARV: người có kết quả xét nghiệm HIV "
                "khẳng định dương tính, dù đăng ký thường trú ở đâu."
            ),
        ),
        en=text(
            ARV_EN,
            title="HIV testing, PrEP and ARV treatment – Thủ Dầu Một (sample)",
            slug="hiv-prep-arv-thu-dau-mot",
            summary="HIV testing, PrEP and ARV treatment in one place, welcoming to people who "
            "sell sex.",
            description=(
                "The HIV clinic of the former Bình Dương area: free rapid HIV tests, PrEP starts, "
                "and ARV treatment for people who test positive, all in one place so you do not "
                "have to go from one office to another."
            ),
            eligibility=(
                "Testing and PrEP: anyone. ARV treatment: people with a confirmed positive HIV "
                "test, wherever they are registered as living."
            ),
        ),
        organisation="trung-tam-y-te-binh-duong-cu",
        places=("thu-dau-mot",),
        categories=("xet-nghiem-hiv", "prep", "dieu-tri-arv"),
        hours=CLINIC_HOURS,
        phones=(Phone("0274 0000 101", on_zalo=True),),
        checked_days_ago=38,
        free=True,
        sex_worker_friendly=True,
        walk_in=True,
        **TET,
    ),
    Service(
        vi=text(
            LOANS_VI,
            title="Vay vốn ưu đãi – Phú Lợi (mẫu)",
            slug="vay-von-uu-dai-phu-loi",
            summary="Vay vốn tạo việc làm lãi suất thấp, hướng dẫn hồ sơ tại phòng giao dịch.",
            description=(
                "Phòng giao dịch hướng dẫn vay vốn tạo việc làm và vay vốn cho người đã học "
                "nghề muốn tự làm ăn: mở tiệm làm tóc, bán hàng, chăn nuôi nhỏ."
            ),
        ),
        en=text(
            LOANS_EN,
            title="Preferential loans – Phú Lợi (sample)",
            slug="preferential-loans-phu-loi",
            summary="Low-interest loans to create work, with help on the application at the "
            "office.",
            description=(
                "The transaction office explains loans to create jobs and loans for people who "
                "have trained and want to work for themselves: a hair salon, a stall, small "
                "livestock."
            ),
        ),
        organisation="ngan-hang-csxh-mau",
        places=("phu-loi",),
        categories=("vay-von-uu-dai",),
        hours=OFFICE_HOURS,
        phones=(Phone("0274 0000 131"),),
        checked_days_ago=70,
        walk_in=True,
        minimum_age=18,
        **TET,
    ),
    Service(
        vi=text(
            JOBS_VI,
            title="Việc làm tại khu công nghiệp – Dĩ An (mẫu)",
            slug="gioi-thieu-viec-lam-di-an",
            summary="Giới thiệu việc làm công nhân tại các khu công nghiệp, phỏng vấn ngay tại "
            "chỗ.",
            description=(
                "Các nhà máy trong khu vực tuyển công nhân quanh năm. Sáng thứ Tư và sáng thứ "
                "Bảy có doanh nghiệp đến phỏng vấn trực tiếp; nhiều người nhận việc trong tuần."
            ),
            wait="Có thể phỏng vấn ngay trong buổi sáng thứ Tư hoặc thứ Bảy.",
        ),
        en=text(
            JOBS_EN,
            title="Factory jobs – Dĩ An (sample)",
            slug="job-placement-di-an",
            summary="Referrals to factory jobs in the industrial parks, with interviews on the "
            "spot.",
            description=(
                "Factories in the area hire workers all year round. On Wednesday and Saturday "
                "mornings, employers come to interview in person; many people start work within "
                "the week."
            ),
            wait="You may be interviewed the same Wednesday or Saturday morning.",
        ),
        organisation="trung-tam-viec-lam-mau",
        places=("di-an",),
        categories=("gioi-thieu-viec-lam",),
        hours=combine(OFFICE_HOURS, week(SATURDAY, MORNING)),
        phones=(Phone("0274 0000 141"),),
        checked_days_ago=15,
        free=True,
        walk_in=True,
        minimum_age=15,
    ),
    Service(
        vi=text(
            {**EDUCATION_VI, "fees": "Miễn phí cho công nhân và người có hoàn cảnh khó khăn."},
            title="Bổ túc văn hoá cho người đi làm – Đông Hòa (mẫu)",
            slug="bo-tuc-van-hoa-dong-hoa",
            summary="Lớp buổi tối và sáng Chủ nhật cho công nhân muốn học tiếp.",
            description=(
                "Lớp học từ 18:30 đến 21:00 các ngày trong tuần và sáng Chủ nhật, sắp xếp theo "
                "ca làm của công nhân các khu công nghiệp Dĩ An."
            ),
        ),
        en=text(
            {
                **EDUCATION_EN,
                "fees": "Free for factory workers and people in difficult circumstances.",
            },
            title="Basic education for working people – Đông Hòa (sample)",
            slug="basic-education-dong-hoa",
            summary="Evening and Sunday morning classes for workers who want to keep learning.",
            description=(
                "Classes from 18:30 to 21:00 on weekdays and on Sunday mornings, planned around "
                "the shifts of the Dĩ An industrial parks."
            ),
        ),
        organisation="giao-duc-thuong-xuyen-mau",
        places=("dong-hoa",),
        categories=("bo-tuc-van-hoa",),
        hours=combine(week(MONDAY_TO_FRIDAY, ("18:30", "21:00")), week(SUNDAY, ("08:00", "11:00"))),
        phones=(Phone("0274 0000 151"),),
        checked_days_ago=160,
        free=True,
        walk_in=True,
        minimum_age=15,
    ),
    Service(
        vi=text(
            STI_VI,
            title="Khám STI và xét nghiệm HIV buổi tối – Thuận An (mẫu)",
            slug="kham-sti-buoi-toi-thuan-an",
            summary="Khám STI, xét nghiệm HIV buổi tối và sáng thứ Bảy, gần các khu công nghiệp.",
            description=(
                "Khám riêng, không cần tên thật, vào buổi tối sau ca làm và sáng thứ Bảy. Có "
                "xét nghiệm HIV nhanh, giang mai, và tư vấn PrEP."
            ),
        ),
        en=text(
            STI_EN,
            title="Evening STI care and HIV testing – Thuận An (sample)",
            slug="evening-sti-care-thuan-an",
            summary="STI check-ups and HIV tests on weekday evenings and Saturday mornings, near "
            "the industrial parks.",
            description=(
                "Private consultations without your real name, in the evening after work shifts "
                "and on Saturday mornings. Rapid HIV and syphilis tests, and advice on PrEP."
            ),
        ),
        organisation="trung-tam-y-te-binh-duong-cu",
        places=("thuan-an",),
        categories=("kham-dieu-tri-sti", "xet-nghiem-hiv"),
        hours=combine(
            week(MONDAY_TO_FRIDAY, ("17:30", "20:30")), week(SATURDAY, ("08:00", "11:30"))
        ),
        phones=(Phone("0274 0000 111", on_zalo=True),),
        checked_days_ago=25,
        anonymous=True,
        sex_worker_friendly=True,
        walk_in=True,
    ),
    # Former Bà Rịa–Vũng Tàu ---------------------------------------------------------------
    Service(
        vi=text(
            HIV_TESTING_VI,
            title="Xét nghiệm HIV, PrEP và khám STI – Vũng Tàu (mẫu)",
            slug="xet-nghiem-hiv-prep-vung-tau",
            summary="Xét nghiệm HIV nhanh, PrEP và khám STI; nhân viên nói được tiếng Anh.",
            description=(
                "Phòng khám ở khu trung tâm Vũng Tàu: xét nghiệm HIV nhanh không cần tên, bắt "
                "đầu PrEP, khám và điều trị STI. Nhân viên nói được tiếng Anh."
            ),
        ),
        en=text(
            HIV_TESTING_EN,
            title="HIV testing, PrEP and STI care – Vũng Tàu (sample)",
            slug="hiv-testing-prep-vung-tau",
            summary="Rapid HIV tests, PrEP and STI care; staff speak English.",
            description=(
                "A clinic in central Vũng Tàu: rapid HIV tests without your name, PrEP starts, "
                "STI check-ups and treatment. Staff speak English."
            ),
        ),
        organisation="trung-tam-y-te-ba-ria-vung-tau-cu",
        places=("vung-tau",),
        categories=("xet-nghiem-hiv", "prep", "kham-dieu-tri-sti"),
        hours=CLINIC_HOURS,
        phones=(Phone("0254 0000 101"),),
        checked_days_ago=48,
        free=True,
        anonymous=True,
        sex_worker_friendly=True,
        walk_in=True,
        languages=("vi", "en"),
        **TET,
    ),
    Service(
        vi=text(
            HIV_TESTING_VI,
            title="Xét nghiệm HIV buổi tối – Tam Thắng (mẫu)",
            slug="xet-nghiem-hiv-buoi-toi-tam-thang",
            summary="Nhóm đồng đẳng xét nghiệm HIV miễn phí tối thứ Hai, thứ Tư, thứ Sáu.",
            description=(
                "Nhóm đồng đẳng làm xét nghiệm HIV nhanh và phát bộ tự xét nghiệm từ 18:00 đến "
                "21:00. Có người đi cùng bạn đến phòng khám nếu bạn cần điều trị."
            ),
        ),
        en=text(
            HIV_TESTING_EN,
            title="Evening HIV testing – Tam Thắng (sample)",
            slug="evening-hiv-testing-tam-thang",
            summary="Free HIV testing by a peer group on Monday, Wednesday and Friday evenings.",
            description=(
                "The peer group does rapid HIV tests and hands out self-test kits from 18:00 to "
                "21:00. Someone can go with you to a clinic if you need treatment."
            ),
        ),
        organisation="nhom-dong-dang-sen-hong",
        places=("tam-thang",),
        categories=("xet-nghiem-hiv",),
        hours=week((0, 2, 4), ("18:00", "21:00")),
        phones=(Phone("0254 0000 111", on_zalo=True),),
        checked_days_ago=7,
        free=True,
        anonymous=True,
        sex_worker_friendly=True,
        walk_in=True,
    ),
    Service(
        vi=text(
            LEGAL_VI,
            title="Tư vấn pháp lý – Bà Rịa (mẫu)",
            slug="tu-van-phap-ly-ba-ria",
            summary="Tư vấn pháp lý miễn phí, giữ bí mật, cho người gặp bạo lực hoặc bị xử phạt.",
            description=(
                "Luật sư tư vấn về quyền của bạn, giấy tờ tuỳ thân, bạo lực gia đình, nợ nần, "
                "và đi cùng bạn đến cơ quan chức năng khi cần."
            ),
        ),
        en=text(
            LEGAL_EN,
            title="Legal advice – Bà Rịa (sample)",
            slug="legal-advice-ba-ria",
            summary="Free, confidential legal advice for people facing violence or fines.",
            description=(
                "Lawyers advise on your rights, identity papers, domestic violence and debts, "
                "and go with you to the authorities when needed."
            ),
        ),
        organisation="van-phong-tu-van-phap-ly",
        places=("ba-ria-phap-ly",),
        categories=("tu-van-phap-ly",),
        hours=OFFICE_HOURS,
        phones=(Phone("0254 0000 121"),),
        checked_days_ago=85,
        free=True,
        anonymous=True,
        sex_worker_friendly=True,
        **TET,
    ),
    Service(
        vi=text(
            LOANS_VI,
            title="Vay vốn ưu đãi – Long Hương (mẫu)",
            slug="vay-von-uu-dai-long-huong",
            summary="Hướng dẫn vay vốn lãi suất thấp để buôn bán nhỏ hoặc làm nghề.",
            description=(
                "Cán bộ phòng giao dịch hướng dẫn các chương trình cho vay ưu đãi và giúp bạn "
                "chuẩn bị hồ sơ qua tổ tiết kiệm và vay vốn nơi bạn sống."
            ),
        ),
        en=text(
            LOANS_EN,
            title="Preferential loans – Long Hương (sample)",
            slug="preferential-loans-long-huong",
            summary="Help with low-interest loans for a small business or a trade.",
            description=(
                "Staff at the transaction office explain the preferential loan programmes and "
                "help you prepare an application through the savings and loan group where you "
                "live."
            ),
        ),
        organisation="ngan-hang-csxh-mau",
        places=("long-huong",),
        categories=("vay-von-uu-dai",),
        hours=OFFICE_HOURS,
        phones=(Phone("0254 0000 131"),),
        checked_days_ago=130,
        walk_in=True,
        minimum_age=18,
        **TET,
    ),
    Service(
        vi=text(
            HEALTH_CARE_VI,
            title="Khám chữa bệnh – Côn Đảo (mẫu)",
            slug="kham-chua-benh-con-dao",
            summary="Khám bệnh, xét nghiệm HIV và chuyển tuyến vào đất liền khi cần.",
            description=(
                "Cơ sở y tế của đặc khu Côn Đảo: khám bệnh thông thường, xét nghiệm HIV miễn "
                "phí, tư vấn PrEP và chuyển tuyến vào đất liền khi cần điều trị chuyên sâu."
            ),
        ),
        en=text(
            HEALTH_CARE_EN,
            title="Health care – Côn Đảo (sample)",
            slug="health-care-con-dao",
            summary="Check-ups, HIV testing, and referral to the mainland when needed.",
            description=(
                "The health centre of the Côn Đảo special zone: general check-ups, free HIV "
                "testing, advice on PrEP, and referral to the mainland for specialist care."
            ),
        ),
        organisation="trung-tam-y-te-ba-ria-vung-tau-cu",
        places=("con-dao",),
        categories=("kham-chua-benh", "xet-nghiem-hiv"),
        hours=CLINIC_HOURS,
        phones=(Phone("0254 0000 141"),),
        checked_days_ago=170,
        walk_in=True,
        **TET,
    ),
]
