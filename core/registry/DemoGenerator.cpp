#include "registry/DemoGenerator.h"

#include "org/DeviceInfo.h"
#include "registry/Identity.h"
#include "registry/SearchIndex.h"
#include "storage/Database.h"
#include "storage/LocalState.h"
#include "storage/SyncedWriter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {


struct Lists {
    QStringList male, female, family;
    QList<QPair<QString, QString>> places; // region, city
};

struct Person {
    QString given, father, grandfather, family, relation, sex;
    QDate birth;
};

class Maker {
public:
    Maker(const DemoOptions &o, const Lists &l) : m_o(o), m_l(l), m_rng(o.seed) {}

    // Read once: QDate::currentDate() consults the time zone file on every call.
    const QDate today = QDate::currentDate();

    int pick(int n) { return int(m_rng.bounded(quint32(std::max(1, n)))); }
    bool chance(int percent) { return pick(100) < percent; }
    const QString &any(const QStringList &list) { return list.at(pick(int(list.size()))); }
    QDate birthAged(int minAge, int maxAge)
    {
        return today.addDays(-(minAge * 365 + pick((maxAge - minAge) * 365 + 1)));
    }
    QString digits(int n)
    {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QChar(u'0' + pick(10));
        return s;
    }

    QString phone()
    {
        if (m_o.country == u"EG")
            return u"01"_s + QString::number(pick(3)) + digits(8);
        if (m_o.country == u"LB")
            return (chance(50) ? u"03"_s : u"71"_s) + digits(6);
        return u"05"_s + digits(8);
    }

    // Unique across the run: a counter spread by a constant coprime with 10^8.
    QString identity(const Person &p, QString *type)
    {
        const quint64 serial = (quint64(m_o.seed) * 104729u + quint64(++m_serial) * 7919u) % 100000000u;
        if (m_o.country == u"SA") {
            const bool citizen = !chance(10);
            *type = citizen ? u"sa_national"_s : u"sa_iqama"_s;
            const QString nine = (citizen ? u"1"_s : u"2"_s) + u"%1"_s.arg(serial, 8, 10, QChar(u'0'));
            return nine + QString::number(Identity::luhnCheckDigit(nine));
        }
        if (m_o.country == u"EG") {
            static const char *const codes[] = {"01", "02", "12", "13", "14", "16", "17", "21", "24", "25", "26", "27"};
            *type = u"eg_national"_s;
            const int century = p.birth.year() >= 2000 ? 3 : 2;
            const int seq = int(serial % 1000);
            const int sexDigit = (p.sex == u"male" ? 1 : 0) + 2 * pick(5); // odd for men
            return QString::number(century) + p.birth.toString(u"yyMMdd"_s) + QString::fromLatin1(codes[pick(12)])
                   + u"%1"_s.arg(seq, 3, 10, QChar(u'0')) + QString::number(sexDigit) + QString::number(pick(10));
        }
        if (chance(40)) {
            *type = u"other"_s;
            return u"UNHCR-%1"_s.arg(serial % 10000000, 7, 10, QChar(u'0'));
        }
        type->clear();
        return {};
    }

    QList<Person> family()
    {
        QList<Person> people;
        const bool femaleHead = chance(25);
        const QString familyName = any(m_l.family);
        Person head{femaleHead ? any(m_l.female) : any(m_l.male), any(m_l.male), any(m_l.male), familyName, u"head"_s,
                    femaleHead ? u"female"_s : u"male"_s, birthAged(22, 78)};
        people << head;
        const bool married = !femaleHead && chance(80);
        if (married)
            people << Person{any(m_l.female), any(m_l.male), any(m_l.male), any(m_l.family), u"spouse"_s, u"female"_s,
                             head.birth.addDays(365 * (1 + pick(8)))};
        const QString fatherOfChildren = femaleHead ? any(m_l.male) : head.given;
        const QString grandfatherOfChildren = femaleHead ? any(m_l.male) : head.father;
        const int children = pick(7);
        for (int i = 0; i < children; ++i) {
            const bool boy = chance(50);
            const QDate birth = birthAged(0, 24);
            if (birth < head.birth.addYears(18))
                continue;
            people << Person{boy ? any(m_l.male) : any(m_l.female), fatherOfChildren, grandfatherOfChildren, familyName,
                             boy ? u"son"_s : u"daughter"_s, boy ? u"male"_s : u"female"_s, birth};
        }
        if (chance(8))
            people << Person{any(m_l.female), any(m_l.male), any(m_l.male), familyName, u"grandparent"_s, u"female"_s,
                             birthAged(70, 90)};
        return people;
    }

    QVariantMap memberFields(const Person &p, const QByteArray &household)
    {
        const int age = p.birth.daysTo(today) / 365;
        QString idType;
        const QString id = identity(p, &idType);
        const bool disabled = chance(4);
        QVariantMap f = {{u"household_id"_s, household}, {u"given_name"_s, p.given},   {u"father_name"_s, p.father},
                         {u"grandfather_name"_s, p.grandfather}, {u"family_name"_s, p.family},
                         {u"relation"_s, p.relation},     {u"sex"_s, p.sex},
                         {u"birth_date"_s, p.birth.toString(Qt::ISODate)}};
        if (!idType.isEmpty()) {
            f.insert(u"id_type"_s, idType);
            f.insert(u"id_number"_s, id);
        }
        f.insert(u"nationality"_s, m_o.country);
        if (age >= 18) {
            f.insert(u"marital_status"_s, p.relation == u"head" || p.relation == u"spouse"
                                              ? (p.relation == u"head" && p.sex == u"female" ? u"widowed"_s : u"married"_s)
                                              : u"single"_s);
            static const char *const edu[] = {"none", "literacy", "primary", "intermediate", "secondary", "diploma", "bachelor"};
            f.insert(u"education"_s, QString::fromLatin1(edu[pick(7)]));
            static const char *const work[] = {"employed", "self_employed", "unemployed", "not_looking", "homemaker", "retired"};
            f.insert(u"employment"_s, QString::fromLatin1(work[age > 62 ? 5 : pick(5)]));
            f.insert(u"able_to_work"_s, !disabled && age < 60 ? 1 : 0);
            if (chance(25))
                f.insert(u"phone"_s, phone());
        } else if (age >= 6) {
            f.insert(u"school_name"_s, u"مدرسة %1"_s.arg(any(m_l.male)));
            f.insert(u"school_grade"_s, QString::number(std::min(12, age - 5)));
        }
        if (disabled)
            f.insert(u"disability"_s, chance(50) ? u"حركية"_s : u"بصرية"_s);
        if (age > 50 && chance(30))
            f.insert(u"chronic_illness"_s, chance(50) ? u"السكري"_s : u"ضغط الدم"_s);
        return f;
    }

    const DemoOptions &m_o;
    const Lists &m_l;
    QRandomGenerator m_rng;
    quint64 m_serial = 0;
};

QString currencyOf(const QString &country)
{
    return country == u"EG" ? u"EGP"_s : country == u"LB" ? u"LBP"_s : u"SAR"_s;
}

double scaleOf(const QString &country)
{
    return country == u"EG" ? 2.5 : country == u"LB" ? 9000.0 : 1.0; // rough purchasing-power scale
}

} // namespace

Status DemoGenerator::mayFill(storage::Database &db, const security::Session &by)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only an administrator adds demonstration data."));
    const QByteArray self = db.deviceId();
    auto counts = db.exec(
        u"SELECT (SELECT count(*) FROM local_state WHERE key = 'demo_filled'), (SELECT count(*) FROM households), "
        "(SELECT count(*) FROM users WHERE role <> 'administrator'), "
        "(SELECT count(*) FROM devices WHERE id <> ?) + (SELECT count(*) FROM change_log WHERE device <> ?)"_s,
        {self, self});
    if (!counts)
        return counts.error();
    counts.value()->next();
    const bool filled = counts.value()->value(0).toInt() > 0;
    const qint64 households = counts.value()->value(1).toLongLong();
    const qint64 users = counts.value()->value(2).toLongLong();
    const qint64 shared = counts.value()->value(3).toLongLong();
    counts.value()->finish();
    QStringList real;
    if (shared > 0)
        real << tr("it has exchanged data with other computers");
    if (!filled && households > 0)
        real << tr("%n household(s) not made by demo", nullptr, int(households));
    if (!filled && users > 0)
        real << tr("%n user(s) besides the administrators", nullptr, int(users));
    if (real.isEmpty())
        return {};
    return makeError(ErrorCode::Invalid,
                     tr("This database holds real data (%1). Demonstration data goes only into a new database, or "
                        "one that demo filled and that has not exchanged data with other computers.")
                         .arg(real.join(u"; "_s)));
}

Status DemoGenerator::markFilled(storage::Database &db)
{
    return storage::setLocalValue(db, u"demo_filled"_s, 1);
}

Result<DemoSummary> DemoGenerator::generate(storage::Database &db, const security::Session &by, const DemoOptions &o,
                                            const std::function<bool(int, int)> &progress)
{
    if (Status s = mayFill(db, by); !s)
        return s.error();
    if (o.country != u"SA" && o.country != u"EG" && o.country != u"LB")
        return makeError(ErrorCode::Invalid, u"country must be SA, EG or LB"_s);
    Lists lists;
    lists.male = DemoGenerator::nameList(u"male_given.txt"_s);
    lists.female = DemoGenerator::nameList(u"female_given.txt"_s);
    lists.family = DemoGenerator::nameList(o.country == u"EG" ? u"family_eg.txt"_s
                                               : o.country == u"LB" ? u"family_lb.txt"_s : u"family_sa.txt"_s);
    for (const QString &line : DemoGenerator::nameList(u"places.tsv"_s)) {
        const QStringList f = line.split(u'\t');
        if (f.size() == 3 && f[0] == o.country)
            lists.places.append({f[1], f[2]});
    }
    if (lists.male.isEmpty() || lists.female.isEmpty() || lists.family.isEmpty() || lists.places.isEmpty())
        return makeError(ErrorCode::Io, u"the demonstration name lists are missing from this build"_s);
    auto device = org::Devices::thisDevice(db);
    if (!device)
        return device.error();

    db.setCurrentUser(by.userId);
    storage::Database::BulkCache cache(db);
    Maker make(o, lists);
    storage::SyncedWriter writer(db);
    DemoSummary summary;
    const QString currency = currencyOf(o.country);
    const double scale = scaleOf(o.country);
    static const char *const housing[] = {"house", "apartment", "traditional", "room", "informal"};
    static const char *const ownership[] = {"owned", "rented", "family", "charity"};
    // Households per transaction. Each commit writes out every page the batch
    // touched in the search and list indexes, spread all over their b-trees, and
    // FTS5 writes one segment per commit: at 100,000 households, batches of 500
    // made generation twice as slow as batches of 5,000.
    constexpr int kBatch = 5000;
    for (int done = 0; done < o.households;) {
        const int batch = std::min(kBatch, o.households - done);
        QList<IndexedHousehold> created;
        Status s = db.transaction([&]() -> Status {
            if (Status marked = markFilled(db); !marked)
                return marked;
            auto numbers = org::Devices::nextFileNumbers(db, u"household"_s, batch);
            if (!numbers)
                return numbers.error();
            for (int i = 0; i < batch; ++i) {
                const QList<Person> people = make.family();
                const auto &[region, city] = lists.places.at(make.pick(int(lists.places.size())));
                const QDate registered = make.today.addDays(-make.pick(3 * 365));
                const QString own = QString::fromLatin1(ownership[make.pick(4)]);
                QStringList categories;
                if (people[0].sex == u"female")
                    categories << u"female_headed"_s;
                if (people[0].birth.daysTo(make.today) > 65 * 365)
                    categories << u"elderly"_s;
                static const char *const statuses[] = {"active", "active", "active", "active", "active", "applicant",
                                                       "suspended", "exited", "exited", "reentered"};
                const QString status = QString::fromLatin1(statuses[make.pick(10)]);
                const QDate statusDate = registered.addDays(make.pick(std::max<qint64>(1, registered.daysTo(make.today))));
                const QVariantMap household = {{u"file_number"_s, numbers.value().at(i)},
                                         {u"centre_id"_s, device.value().centreId},
                                         {u"region"_s, region},
                                         {u"city"_s, city},
                                         {u"address"_s, u"شارع %1، مبنى %2"_s.arg(make.any(lists.male)).arg(1 + make.pick(200))},
                                         {u"housing_type"_s, QString::fromLatin1(housing[make.pick(5)])},
                                         {u"housing_ownership"_s, own},
                                         {u"monthly_rent"_s, own == u"rented" ? QVariant((800 + make.pick(2500)) * scale) : QVariant()},
                                         {u"phone"_s, make.phone()},
                                         {u"registration_date"_s, registered.toString(Qt::ISODate)},
                                         {u"categories"_s, categories.isEmpty() ? QVariant() : QVariant(categories.join(u','))},
                                         {u"status"_s, status},
                                         {u"status_date"_s, (status == u"applicant" ? registered : statusDate).toString(Qt::ISODate)}};
                auto hh = writer.insert(u"households"_s, household);
                if (!hh)
                    return hh.error();
                IndexedHousehold indexed{hh.value(), numbers.value().at(i), household.value(u"phone"_s).toString(), region, city, status, registered,
                                         {}, categories.join(u','), {}, {}};
                auto history = writer.insert(u"household_status"_s, {{u"household_id"_s, hh.value()},
                                                                      {u"status"_s, u"applicant"_s},
                                                                      {u"effective_date"_s, registered.toString(Qt::ISODate)}});
                if (!history)
                    return history.error();
                if (status != u"applicant") {
                    history = writer.insert(u"household_status"_s, {{u"household_id"_s, hh.value()},
                                                                     {u"status"_s, status},
                                                                     {u"previous_status"_s, u"applicant"_s},
                                                                     {u"effective_date"_s, statusDate.toString(Qt::ISODate)},
                                                                     {u"reason"_s, status == u"active" ? QVariant() : QVariant(u"demo"_s)}});
                    if (!history)
                        return history.error();
                }
                QByteArray headId;
                for (const Person &p : people) {
                    const QVariantMap fields = make.memberFields(p, hh.value());
                    auto m = writer.insert(u"members"_s, fields);
                    if (!m)
                        return m.error();
                    Member member;
                    member.id = m.value();
                    member.householdId = hh.value();
                    member.givenName = p.given;
                    member.fatherName = p.father;
                    member.grandfatherName = p.grandfather;
                    member.familyName = p.family;
                    member.relation = p.relation;
                    member.idNumber = fields.value(u"id_number"_s).toString();
                    member.phone = fields.value(u"phone"_s).toString();
                    member.birthDate = p.birth;
                    indexed.members << member;
                    if (headId.isEmpty())
                        headId = m.value();
                    ++summary.members;
                }
                static const char *const sources[] = {"salary", "social_security", "family_support", "own_business", "pension"};
                const int incomes = make.pick(3);
                for (int k = 0; k < incomes; ++k) {
                    const double amount = double(500 + make.pick(7000)) * scale;
                    const QString source = QString::fromLatin1(sources[make.pick(5)]);
                    auto in = writer.insert(u"incomes"_s, {{u"household_id"_s, hh.value()},
                                                           {u"member_id"_s, k == 0 ? QVariant(headId) : QVariant()},
                                                           {u"source"_s, source},
                                                           {u"amount"_s, amount},
                                                           {u"currency"_s, currency},
                                                           {u"effective_date"_s, registered.toString(Qt::ISODate)}});
                    if (!in)
                        return in.error();
                    indexed.incomes << Income{in.value(), hh.value(), k == 0 ? headId : QByteArray(),
                                              source, amount, currency, registered, {}};
                    ++summary.incomes;
                }
                created << indexed;
            }
            return SearchIndex::indexNew(db, created);
        });
        if (!s)
            return s.error();
        done += batch;
        summary.households = done;
        if (progress && !progress(done, o.households))
            break;
    }
    return summary;
}

QStringList DemoGenerator::nameList(const QString &name)
{
    QFile f(u":/names/"_s + name);
    QStringList out;
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QString s = QString::fromUtf8(line).trimmed();
        if (!s.isEmpty() && !s.startsWith(u'#'))
            out << s;
    }
    return out;
}

} // namespace tamkeen::registry
