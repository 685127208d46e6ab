#include "seed/Names.h"

#include "core/Vin.h"

using namespace Qt::StringLiterals;

namespace crm::services {
namespace {
struct Weighted {
    const char16_t *text;
    int weight; // per mille, roughly the 2020 census shares
};

constexpr Weighted kSurnames[] = {
    {u"王", 71}, {u"李", 70}, {u"张", 67}, {u"刘", 54}, {u"陈", 45}, {u"杨", 31},  {u"黄", 22},  {u"赵", 22}, {u"吴", 20},
    {u"周", 19}, {u"徐", 15}, {u"孙", 15}, {u"马", 13}, {u"朱", 13}, {u"胡", 12},  {u"郭", 11},  {u"何", 11}, {u"高", 11},
    {u"林", 11}, {u"罗", 9},  {u"郑", 8},  {u"梁", 8},  {u"谢", 7},  {u"宋", 6},   {u"唐", 6},   {u"许", 6},  {u"韩", 5},
    {u"冯", 5},  {u"邓", 5},  {u"曹", 5},  {u"彭", 5},  {u"曾", 5},  {u"肖", 5},   {u"田", 4},   {u"董", 4},  {u"袁", 4},
    {u"潘", 4},  {u"于", 4},  {u"蒋", 4},  {u"蔡", 4},  {u"余", 4},  {u"杜", 4},   {u"叶", 4},   {u"程", 4},  {u"苏", 3},
    {u"魏", 3},  {u"吕", 3},  {u"丁", 3},  {u"任", 3},  {u"沈", 3},  {u"欧阳", 1}, {u"司马", 1},
};
constexpr const char16_t *kMaleChars[] = {u"伟", u"强", u"磊", u"军", u"洋", u"勇", u"杰", u"涛", u"明", u"超", u"刚",
                                          u"平", u"辉", u"鹏", u"浩", u"宇", u"轩", u"俊", u"建", u"国", u"志", u"文",
                                          u"斌", u"海", u"波", u"博", u"阳", u"帆", u"晨", u"峰", u"亮", u"凯"};
constexpr const char16_t *kFemaleChars[] = {u"芳", u"娜", u"敏", u"静", u"丽", u"艳", u"娟", u"秀", u"霞", u"英", u"华",
                                            u"玉", u"兰", u"玲", u"婷", u"欣", u"怡", u"梓", u"涵", u"琳", u"雪", u"倩",
                                            u"颖", u"佳", u"嘉", u"萍", u"燕", u"红", u"梅", u"慧", u"晶", u"悦"};
constexpr const char16_t *kMobilePrefixes[] = {u"130", u"131", u"132", u"133", u"135", u"136", u"137", u"138", u"139",
                                               u"150", u"151", u"152", u"153", u"155", u"156", u"157", u"158", u"159",
                                               u"166", u"173", u"177", u"180", u"181", u"182", u"183", u"185", u"186",
                                               u"187", u"188", u"189", u"191", u"198", u"199"};
// A dealer in Guangzhou: most plates local, some from the rest of the province and beyond.
constexpr Weighted kPlatePrefixes[] = {{u"粤A", 70}, {u"粤B", 5}, {u"粤E", 5}, {u"粤R", 4}, {u"粤S", 4}, {u"湘A", 3},
                                       {u"赣A", 2},  {u"桂A", 2}, {u"闽A", 2}, {u"川A", 2}, {u"鄂A", 1}};
constexpr Weighted kCities[] = {{u"广州", 70}, {u"佛山", 10}, {u"东莞", 6}, {u"清远", 5},
                                {u"深圳", 4},  {u"中山", 3},  {u"肇庆", 2}};
// Districts and roads belong to their city (no 佛山天河区). Each city has eight of each, so the
// draws (and with them every other generated value) are the same as with one list.
struct Place {
    const char16_t *city;
    const char16_t *districts[8];
    const char16_t *roads[8];
};
constexpr Place kPlaces[] = {
    {u"广州",
     {u"天河区", u"越秀区", u"海珠区", u"白云区", u"番禺区", u"黄埔区", u"花都区", u"荔湾区"},
     {u"中山大道", u"天河路", u"黄埔大道", u"广州大道", u"解放路", u"环市东路", u"新港西路", u"江南大道"}},
    {u"佛山",
     {u"禅城区", u"南海区", u"顺德区", u"三水区", u"高明区", u"禅城区", u"南海区", u"顺德区"},
     {u"季华路", u"佛山大道", u"汾江路", u"桂澜路", u"岭南大道", u"绿景路", u"魁奇路", u"南海大道"}},
    {u"东莞",
     {u"莞城街道", u"南城街道", u"东城街道", u"万江街道", u"虎门镇", u"长安镇", u"常平镇", u"塘厦镇"},
     {u"东城大道", u"鸿福路", u"莞太路", u"元美路", u"石龙路", u"宏图路", u"八一路", u"运河路"}},
    {u"清远",
     {u"清城区", u"清新区", u"清城区", u"清新区", u"清城区", u"清新区", u"清城区", u"清新区"},
     {u"北江路", u"先锋路", u"人民路", u"连江路", u"新城路", u"桥北路", u"广清大道", u"建设路"}},
    {u"深圳",
     {u"福田区", u"罗湖区", u"南山区", u"宝安区", u"龙岗区", u"龙华区", u"盐田区", u"光明区"},
     {u"深南大道", u"北环大道", u"滨海大道", u"红荔路", u"华强北路", u"科技园路", u"宝安大道", u"布吉路"}},
    {u"中山",
     {u"石岐街道", u"东区街道", u"西区街道", u"南区街道", u"火炬开发区", u"小榄镇", u"古镇镇", u"坦洲镇"},
     {u"中山路", u"兴中道", u"博爱路", u"孙文路", u"富华道", u"岐关路", u"长江路", u"康华路"}},
    {u"肇庆",
     {u"端州区", u"鼎湖区", u"高要区", u"端州区", u"鼎湖区", u"高要区", u"端州区", u"鼎湖区"},
     {u"端州路", u"星湖大道", u"天宁路", u"建设路", u"信安路", u"江滨路", u"睦岗路", u"宋城路"}},
};
const Place &placeOf(const QString &city)
{
    for (const Place &p : kPlaces)
        if (city == QStringView(p.city))
            return p;
    return kPlaces[0];
}
constexpr Weighted kSources[] = {{u"walk_in", 45}, {u"web", 25}, {u"referral", 12}, {u"phone", 10}, {u"event", 5}, {u"dms", 3}};
struct ModelInfo {
    const char16_t *name;
    const char16_t *trim;
    bool newEnergy;
    int weight;
    const char vds[6];
};
constexpr ModelInfo kModels[] = {
    {u"速腾", u"280TSI 舒适型", false, 24, "AG11B"},    {u"迈腾", u"330TSI 豪华型", false, 18, "AE33D"},
    {u"宝来", u"1.5L 自动精英型", false, 20, "AB15A"},  {u"探岳", u"330TSI 两驱豪华型", false, 12, "AT33C"},
    {u"探歌", u"280TSI 自动舒适型", false, 8, "AT28A"}, {u"高尔夫", u"280TSI 旗舰型", false, 7, "AG28C"},
    {u"CC", u"380TSI 夺目版", false, 4, "AC38E"},       {u"ID.4 CROZZ", u"PRO 长续航版", true, 7, "EV4P1"},
};
constexpr const char16_t *kColours[] = {u"白色", u"黑色", u"银色", u"灰色", u"蓝色", u"红色"};

template <size_t N> QString pickWeighted(const Weighted (&arr)[N], int roll /* 0..total-1 */)
{
    for (const Weighted &w : arr) {
        if (roll < w.weight)
            return QString::fromUtf16(w.text);
        roll -= w.weight;
    }
    return QString::fromUtf16(arr[0].text);
}

template <size_t N> int totalWeight(const Weighted (&arr)[N])
{
    int t = 0;
    for (const Weighted &w : arr)
        t += w.weight;
    return t;
}

constexpr char kPlateChars[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"; // no I, O
constexpr char kModelYearCodes[] = "ABCDEFGHJKLMNPRSTVWXY123456789"; // 2010 = A … 2030 = Y
} // namespace

int DataGenerator::uniform(int lo, int hi)
{
    return lo + int(m_rng() % quint64(hi - lo + 1));
}

double DataGenerator::unit()
{
    return double(m_rng() >> 11) * (1.0 / 9007199254740992.0);
}

QString DataGenerator::personName(bool male)
{
    QString n = pickWeighted(kSurnames, uniform(0, totalWeight(kSurnames) - 1));
    const int given = unit() < 0.7 ? 2 : 1;
    for (int i = 0; i < given; ++i)
        n += QString::fromUtf16(male ? pick(kMaleChars) : pick(kFemaleChars));
    return n;
}

QString DataGenerator::mobile()
{
    QString m = QString::fromUtf16(pick(kMobilePrefixes));
    for (int i = 0; i < 8; ++i)
        m += QChar(char16_t(u'0' + uniform(0, 9)));
    return m;
}

QString DataGenerator::plate(bool newEnergy)
{
    QString p = pickWeighted(kPlatePrefixes, uniform(0, totalWeight(kPlatePrefixes) - 1));
    if (newEnergy) {
        p += unit() < 0.8 ? u'D' : u'F';
        for (int i = 0; i < 5; ++i)
            p += QChar(char16_t(u'0' + uniform(0, 9)));
        return p;
    }
    for (int i = 0; i < 5; ++i) {
        // Mostly digits with one or two letters, as issued.
        const bool letter = i < 2 && unit() < 0.35;
        p += letter ? QChar::fromLatin1(kPlateChars[uniform(0, 23)]) : QChar(char16_t(u'0' + uniform(0, 9)));
    }
    return p;
}

QString DataGenerator::vin(int modelYear)
{
    const ModelInfo &m = kModels[uniform(0, int(std::size(kModels)) - 1)];
    QString v = u"LFV"_s + QString::fromLatin1(m.vds, 5) + u'0';
    v += QChar::fromLatin1(kModelYearCodes[qBound(0, modelYear - 2010, 29)]);
    // Plant code and serial from one counter: unique for 34 million vehicles per generator.
    const quint64 n = m_vinSerial++;
    v += QChar::fromLatin1(kPlateChars[(n / 1000000) % 34]);
    v += u"%1"_s.arg(n % 1000000, 6, 10, QChar(u'0'));
    v[8] = Vin::checkDigit(v);
    return v;
}

data::CustomerRow DataGenerator::customer()
{
    data::CustomerRow c;
    const bool male = unit() < 0.68; // car buyers skew male
    c.gender = male ? u"M"_s : u"F"_s;
    c.name = personName(male);
    c.mobile = mobile();
    c.city = pickWeighted(kCities, uniform(0, totalWeight(kCities) - 1));
    const Place &place = placeOf(c.city);
    c.address = c.city + QString::fromUtf16(pick(place.districts)) + QString::fromUtf16(pick(place.roads)) +
                QString::number(uniform(1, 999)) + u"号"_s;
    c.source = pickWeighted(kSources, uniform(0, totalWeight(kSources) - 1));
    if (unit() < 0.85)
        c.birthday = QDate(uniform(1960, 2000), uniform(1, 12), uniform(1, 28));
    c.vip = unit() < 0.08;
    // About one customer in ten carries a tag; taken from digits already drawn, so adding tags
    // did not change any other generated value.
    static constexpr const char16_t *kTags[] = {u"车友会", u"老客户", u"商务用车", u"家庭用车"};
    const int tail = c.mobile.right(2).toInt();
    if (tail % 10 == 0)
        c.tags << QString::fromUtf16(kTags[(tail / 10) % 4]);
    return c;
}

data::VehicleRow DataGenerator::vehicle(qint64 customerId, const QDate &today)
{
    int total = 0;
    for (const ModelInfo &m : kModels)
        total += m.weight;
    int roll = uniform(0, total - 1);
    const ModelInfo *model = &kModels[0];
    for (const ModelInfo &m : kModels) {
        if (roll < m.weight) {
            model = &m;
            break;
        }
        roll -= m.weight;
    }
    data::VehicleRow v;
    v.customerId = customerId;
    v.deliveryDate = today.addDays(-uniform(1, 365 * 10));
    v.purchaseDate = v.deliveryDate.addDays(-uniform(0, 20));
    v.vin = vin(v.deliveryDate.year());
    // vin() picks its own model code; keep the VDS consistent with the model chosen here.
    v.vin.replace(3, 5, QString::fromLatin1(model->vds, 5));
    v.vin[8] = Vin::checkDigit(v.vin);
    v.plate = plate(model->newEnergy);
    v.brand = u"一汽-大众"_s;
    v.model = QString::fromUtf16(model->name);
    v.trimLevel = QString::fromUtf16(model->trim);
    v.colour = QString::fromUtf16(pick(kColours));
    const QStringList staff = staffNames();
    v.salesConsultant = staff.at(uniform(0, 5));
    const int days = int(v.deliveryDate.daysTo(today));
    v.mileageKm = int(days * (20 + unit() * 50));
    v.insuranceExpiry = QDate(today.year(), v.deliveryDate.month(), qMin(v.deliveryDate.day(), 28));
    if (v.insuranceExpiry < today)
        v.insuranceExpiry = v.insuranceExpiry.addYears(1);
    if (unit() < 0.03)
        v.status = unit() < 0.5 ? u"sold"_s : u"moved"_s;
    return v;
}

QList<data::ServiceVisitRow> DataGenerator::visits(const data::VehicleRow &v, qint64 vehicleId, const QDate &today)
{
    QList<data::ServiceVisitRow> out;
    const double kmPerDay = v.mileageKm / double(qMax<qint64>(1, v.deliveryDate.daysTo(today)));
    // Loyal owners come back every 6–12 months; some drift away (churn) after a few visits.
    const int stopAfter = unit() < 0.35 ? uniform(1, 4) : 1000;
    QDate d = v.deliveryDate.addDays(uniform(120, 200));
    const QStringList staff = staffNames();
    while (d < today && out.size() < stopAfter) {
        data::ServiceVisitRow s;
        s.vehicleId = vehicleId;
        s.customerId = v.customerId;
        s.visitDate = d;
        const double r = unit();
        s.kind = r < 0.7 ? u"maintenance"_s : r < 0.88 ? u"repair"_s : r < 0.95 ? u"warranty"_s : u"accident"_s;
        s.mileageKm = int(v.deliveryDate.daysTo(d) * kmPerDay);
        s.advisor = staff.at(uniform(6, int(staff.size()) - 1));
        s.amountFen = qint64(s.kind == u"maintenance"_s ? uniform(400, 1500) : uniform(200, 8000)) * 100;
        out << s;
        d = d.addDays(uniform(150, 380));
    }
    return out;
}

QStringList DataGenerator::staffNames()
{
    // Six sales consultants, then five service advisors.
    return {u"李明"_s, u"王芳"_s, u"赵磊"_s, u"孙倩"_s, u"周杰"_s, u"吴静"_s,
            u"陈刚"_s, u"刘洋"_s, u"黄婷"_s, u"郑斌"_s, u"林慧"_s};
}

} // namespace crm::services
