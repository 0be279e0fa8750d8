// Erasure (issue 15 §6): an administrator erases a household; every copy
// blanks the person's words, the values kept in conflicts and the stored
// batches included, keeps an anonymous skeleton that the indicators count,
// and after sync the name, the ID and the phone are in no byte of any copy's
// file or WAL (searched as UTF-8 and UTF-16, on files without encryption at
// rest: what is checked is erasure's own guarantee).
#include "SyncFixture.h"
#include "referrals/ExitService.h"
#include "registry/Erasure.h"
#include "registry/HouseholdService.h"
#include "registry/Identity.h"
#include "registry/IncomeService.h"
#include "security/UserService.h"
#include "storage/SyncedWriter.h"
#include "sync/Batches.h"
#include "sync/Refusals.h"
#include "casework/CareLevels.h"
#include "visits/VisitService.h"

#include <QFile>

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;
using registry::Erasure;

namespace {

const QString kGiven = QStringLiteral("زمرّدة");
const QString kFamily = QStringLiteral("الفرحاني");
const QString kPhone = QStringLiteral("0551234987");
const QString kAddress = QStringLiteral("حي الياسمين، شارع الكرامة ١٤");
const QString kIncomeNote = QStringLiteral("راتب من مشغل الخياطة");
const QString kVisitNote = QStringLiteral("المسكن رطب والسقف بحاجة إلى ترميم");
const QString kLevelNote = QStringLiteral("الأم تعيل أطفالها وحدها بعد طلاقها");

QString nationalId(const QString &nine = QStringLiteral("118899773"))
{
    return nine + QString::number(registry::Identity::luhnCheckDigit(nine));
}

// The file and its WAL, as they are on disk after a checkpoint.
QByteArray fileBytes(Device &d)
{
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(d.t->path() + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// Where `text` is in `bytes`, as UTF-8 or UTF-16 (either byte order).
bool holds(const QByteArray &bytes, const QString &text)
{
    const QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray be = le;
    for (qsizetype i = 0; i + 1 < be.size(); i += 2)
        std::swap(be[i], be[i + 1]);
    return bytes.contains(text.toUtf8()) || bytes.contains(le) || bytes.contains(be);
}

struct Family {
    QByteArray household, head;
};

Family registerFamily(Device &d, const QString &idNine = QStringLiteral("118899773"), const QString &given = kGiven,
                      const QString &family = kFamily, const QDate &born = QDate(1979, 4, 2))
{
    registry::HouseholdService households(d.db);
    registry::HouseholdData h;
    h.region = QStringLiteral("منطقة الرياض");
    h.city = QStringLiteral("الخرج");
    h.address = kAddress;
    h.phone = kPhone;
    h.registrationDate = QDate::currentDate().addYears(-8);
    registry::MemberData m;
    m.givenName = given;
    m.fatherName = QStringLiteral("عبدالله");
    m.familyName = family;
    m.relation = QStringLiteral("head");
    m.sex = QStringLiteral("female");
    m.birthDate = born;
    m.idType = QStringLiteral("sa_national");
    m.idNumber = nationalId(idNine);
    m.phone = kPhone;
    auto created = households.create(d.admin(), h, m);
    INFO((created ? std::string() : created.error().message.toStdString()));
    REQUIRE(created.ok());
    Family f{created.value(), households.members().members(created.value()).value().first().id};
    registry::Income salary;
    salary.householdId = f.household;
    salary.memberId = f.head;
    salary.source = QStringLiteral("salary");
    salary.amount = 3200;
    salary.currency = QStringLiteral("SAR");
    salary.effectiveDate = QDate::currentDate().addYears(-7);
    salary.note = kIncomeNote;
    REQUIRE(registry::IncomeService(d.db).record(d.admin(), salary).ok());
    // A home visit's observations are the family's words too.
    security::Session worker = d.admin();
    worker.role = security::Role::FieldWorker;
    visits::VisitReport visit;
    visit.householdId = f.household;
    visit.visitedOn = QDate::currentDate().addDays(-3);
    visit.outcome = QStringLiteral("met");
    visit.observations = kVisitNote;
    REQUIRE(visits::VisitService(d.db).record(worker, visit).ok());
    REQUIRE(casework::CareLevels(d.db).assess(worker, f.household, QStringLiteral("case_management"),
                                              QDate::currentDate().addDays(-2), kLevelNote)
                .ok());
    return f;
}

void checkGone(Device &d, const char *which)
{
    INFO(which);
    const auto hold = d.db.holdCheckpoints();
    auto checkpoint = d.db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    REQUIRE(checkpoint.ok());
    REQUIRE(checkpoint.value()->next());
    REQUIRE(checkpoint.value()->value(0).toInt() == 0); // not busy: the log is empty
    checkpoint.value()->finish();
    const QByteArray bytes = fileBytes(d);
    REQUIRE(bytes.size() > 4096);
    for (const QString &word : {kGiven, kFamily, nationalId(), kPhone, kAddress, kIncomeNote, kVisitNote, kLevelNote}) {
        INFO(word.toStdString());
        CHECK_FALSE(holds(bytes, word));
    }
}

qint64 count(Device &d, const QString &sql, const QVariantList &values = {})
{
    return d.db.scalar(sql, values).value().toLongLong();
}

} // namespace

TEST_CASE("An erased household is in no byte of any copy after sync, its skeleton still counted", "[erasure][sync]")
{
    const test::PlainFiles plain;
    Org org(3);
    Device &hub = org[0], &laptop = org[1], &later = org[2];
    const Family f = registerFamily(laptop); // registered on a field laptop
    org.exchange(laptop, hub);
    // Both change the phone before either hears of the other: a conflict
    // keeps both values.
    hub.set(f.head, QStringLiteral("phone"), QStringLiteral("0551111111"), QStringLiteral("members"));
    laptop.set(f.head, QStringLiteral("phone"), QStringLiteral("0552222222"), QStringLiteral("members"));
    org.exchange(laptop, hub);
    REQUIRE(count(hub, QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE row_id = ?"), {f.head}) == 1);
    REQUIRE(holds(fileBytes(hub), kGiven)); // the words are there to find before

    // Only an administrator erases, with a reason.
    security::Session worker = hub.admin();
    worker.role = security::Role::FieldWorker;
    CHECK(Erasure::eraseHousehold(hub.db, worker, f.household, QStringLiteral("طلب المستفيدة المحو"))
              .error()
              .code
          == ErrorCode::PermissionDenied);
    CHECK(Erasure::eraseHousehold(hub.db, hub.admin(), f.household, QStringLiteral("طلب")).error().code
          == ErrorCode::Invalid);
    auto erased = Erasure::eraseHousehold(hub.db, hub.admin(), f.household, QStringLiteral("طلب المستفيدة المحو كتابيًا"));
    INFO((erased ? std::string() : erased.error().message.toStdString()));
    REQUIRE(erased.ok());
    CHECK(Erasure::eraseHousehold(hub.db, hub.admin(), f.household, QStringLiteral("طلب المستفيدة المحو كتابيًا"))
              .error()
              .code
          == ErrorCode::Invalid); // once
    CHECK(count(hub, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erase' AND household_id = ?"),
                {f.household})
          == 1); // in the audit trail

    // The skeleton: the rows stay with their codes and amounts, for the indicators.
    CHECK(hub.get(f.head, QStringLiteral("given_name"), QStringLiteral("members")).toString().isEmpty());
    CHECK(hub.get(f.head, QStringLiteral("id_number"), QStringLiteral("members")).isNull());
    CHECK(hub.get(f.head, QStringLiteral("sex"), QStringLiteral("members")) == QStringLiteral("female"));
    CHECK(hub.get(f.household, QStringLiteral("city"), QStringLiteral("households")) == QStringLiteral("الخرج"));
    CHECK(count(hub, QStringLiteral("SELECT count(*) FROM incomes WHERE household_id = ? AND amount = 3200 AND note IS NULL"),
                {f.household})
          == 1);
    CHECK(count(hub, QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE row_id = ? AND kept_value IS NULL "
                                    "AND lost_value IS NULL"),
                {f.head})
          == 1);
    checkGone(hub, "the hub, where it was erased");

    // The laptop carries it out when the erasure arrives.
    org.exchange(hub, laptop);
    CHECK(laptop.get(f.head, QStringLiteral("given_name"), QStringLiteral("members")).toString().isEmpty());
    checkGone(laptop, "the laptop that registered the family");

    // A laptop that never had the family gets the laptop's batches with the
    // words cut out: the signatures hold, nothing is refused, and it has the
    // skeleton without a word of the person.
    const ImportSummary fresh = org.receive(later, org.sendFor(laptop, later));
    REQUIRE(fresh.ok());
    CHECK(fresh.refusedChanges == 0);
    CHECK(count(later, QStringLiteral("SELECT count(*) FROM members WHERE id = ? AND sex = 'female'"), {f.head}) == 1);
    CHECK(count(later, QStringLiteral("SELECT count(*) FROM incomes WHERE household_id = ? AND amount = 3200"),
                {f.household})
          == 1);
    checkGone(later, "a laptop that joined after");
    CHECK(later.dump() == laptop.dump());
    CHECK(hub.dump() == laptop.dump());
}

TEST_CASE("Words that arrive after an erasure are blanked, and cut words without an erasure are refused",
          "[erasure][sync]")
{
    const test::PlainFiles plain;
    Org org(3);
    Device &hub = org[0], &laptop = org[1], &third = org[2];
    const Family f = registerFamily(laptop);
    org.exchange(laptop, hub);
    // The laptop, offline, corrects the address while the hub erases.
    laptop.set(f.household, QStringLiteral("address"), QStringLiteral("حي النخيل، الخرج"), QStringLiteral("households"));
    REQUIRE(Erasure::eraseHousehold(hub.db, hub.admin(), f.household, QStringLiteral("انتهت مدة الاحتفاظ بالبيانات")).ok());
    org.exchange(laptop, hub);
    for (Device *d : {&hub, &laptop}) {
        CHECK(d->get(f.household, QStringLiteral("address"), QStringLiteral("households")).isNull());
        CHECK_FALSE(holds(fileBytes(*d), QStringLiteral("حي النخيل")));
    }

    // A relay that cuts a family's words out of a batch with no erasure
    // behind it is refused: it could otherwise blank any name it passes on.
    const Family other = registerFamily(third);
    const Organisation o = SyncKeys::organisation(third.db).value();
    REQUIRE(org.receive(hub, org.sendFor(third, hub)).ok());
    QList<QByteArray> records;
    const Status read = hub.db.read(
        QStringLiteral("SELECT origin, first_seq, last_seq, body, signature, format FROM sync_batches WHERE origin = ?"),
        {third.id()}, [&](const storage::RawRow &r) {
            BatchRecord b{r.blob(0), r.integer(1), r.integer(2), r.blob(3), r.blob(4), int(r.integer(5))};
            bool cut = false;
            auto redacted = batches::redact(b.body, [](const Entry &) { return true; }, &cut, b.format);
            REQUIRE(redacted.ok());
            b.body = redacted.value();
            CHECK(batches::verify(o.id, SyncKeys::deviceKeys(third.db).value().publicKey, b)); // still signed
            records << wire::encode(b);
        });
    REQUIRE(read.ok());
    REQUIRE_FALSE(records.isEmpty());
    Device &fresh = org.enrol(hub);
    const QString path = org.dir.filePath(QStringLiteral("cut.tamkeen"));
    {
        PackageHeader h = handHeader(hub.db, hub.id(), o.id);
        PackageWriter w(path, o, SyncKeys::deviceKeys(hub.db).value(), h);
        REQUIRE(w.open().ok());
        REQUIRE(w.addRaw(wire::encode(VectorRecord{localVector(hub.db).value()})).ok());
        for (const QByteArray &r : records)
            REQUIRE(w.addRaw(r).ok());
        REQUIRE(w.finish().ok());
    }
    const ImportSummary s = org.receive(fresh, path);
    REQUIRE(s.ok());
    CHECK(s.refusedReasons.value(QString::fromLatin1(refusal::kErasedUnknown)) > 0);
    CHECK(count(fresh, QStringLiteral("SELECT count(*) FROM members WHERE id = ?"), {other.head}) == 0);
    // The honest package brings the family whole.
    REQUIRE(org.receive(fresh, org.sendFor(hub, fresh)).ok());
    CHECK(fresh.get(other.head, QStringLiteral("given_name"), QStringLiteral("members")) == kGiven);
}

TEST_CASE("A refused change kept in a stored batch loses the erased family's words too", "[erasure][sync][refused]")
{
    const test::PlainFiles plain;
    Org org(3);
    Device &hub = org[0], &laptop = org[1], &later = org[2];
    const QString password = QStringLiteral("correct horse battery");
    security::UserService hubUsers(hub.db, security::HashCost::minimal());
    auto omar = hubUsers.add(hub.admin(), {QStringLiteral("omar"), QStringLiteral("عمر"), security::Role::FieldWorker, password});
    REQUIRE(omar.ok());
    const Family f = registerFamily(hub);
    org.exchange(hub, laptop);

    // Omar, a field worker, writes a psychological note on his laptop: the
    // hub refuses it for good (a counsellor's field) and keeps the batch whole.
    const QString note = QStringLiteral("تعاني زمرّدة من قلق شديد منذ الطلاق");
    security::UserService laptopUsers(laptop.db, security::HashCost::minimal());
    auto session = laptopUsers.login(QStringLiteral("omar"), password);
    REQUIRE(session.ok());
    laptopUsers.actAs(session.value());
    auto written = storage::SyncedWriter(laptop.db).insert(
        QStringLiteral("sessions"), {{QStringLiteral("member_id"), f.head},
                                     {QStringLiteral("household_id"), f.household},
                                     {QStringLiteral("counsellor_id"), omar.value()},
                                     {QStringLiteral("held_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                     {QStringLiteral("duration_min"), 30},
                                     {QStringLiteral("types"), QStringLiteral("[\"psychological\"]")},
                                     {QStringLiteral("mode"), QStringLiteral("in_person")},
                                     {QStringLiteral("psych_notes"), note}});
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());
    const ImportSummary s = org.receive(hub, org.sendFor(laptop, hub));
    REQUIRE(s.ok());
    REQUIRE(s.refusedChanges == 1);
    REQUIRE(count(hub, QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'sessions'")) == 0);
    const auto stored = [&] {
        QByteArray all;
        REQUIRE(hub.db.read(QStringLiteral("SELECT body FROM sync_batches"), {},
                            [&](const storage::RawRow &r) { all += r.blob(0); })
                    .ok());
        return all;
    };
    REQUIRE(holds(stored(), note)); // in the batch kept to pass on

    REQUIRE(Erasure::eraseHousehold(hub.db, hub.admin(), f.household, QStringLiteral("طلب المستفيدة المحو كتابيًا")).ok());
    CHECK_FALSE(holds(stored(), note));
    checkGone(hub, "the hub, which refused the note");

    // A copy that joins later accepts the cut (nothing refused as cut
    // without an erasure) and never holds the note's words.
    const ImportSummary relayed = org.receive(later, org.sendFor(hub, later));
    REQUIRE(relayed.ok());
    CHECK(relayed.refusedReasons.value(QString::fromLatin1(refusal::kErasedUnknown)) == 0);
    CHECK(count(later, QStringLiteral("SELECT count(*) FROM members WHERE id = ?"), {f.head}) == 1);
    checkGone(later, "a copy that joined after");
    CHECK_FALSE(holds(fileBytes(later), note));
}

TEST_CASE("The retention setting lists the households that left support long enough ago", "[erasure]")
{
    Org org(1);
    Device &hub = org[0];
    const Family f = registerFamily(hub);
    const Family stays = registerFamily(hub, QStringLiteral("118899774"), QStringLiteral("نجلاء"),
                                        QStringLiteral("السبيعي"), QDate(1991, 9, 15));
    referrals::ExitService exits(hub.db);
    REQUIRE(exits.exitSupport(hub.admin(), f.household, QDate::currentDate().addYears(-6), QStringLiteral("employment"))
                .ok());
    REQUIRE(exits.exitSupport(hub.admin(), stays.household, QDate::currentDate().addYears(-2),
                              QStringLiteral("employment"))
                .ok());
    CHECK(Erasure::retentionYears(hub.db).value() == 0);
    security::Session worker = hub.admin();
    worker.role = security::Role::Supervisor;
    CHECK(Erasure::setRetentionYears(hub.db, worker, 5).error().code == ErrorCode::PermissionDenied);
    REQUIRE(Erasure::setRetentionYears(hub.db, hub.admin(), 5).ok());
    CHECK(Erasure::retentionYears(hub.db).value() == 5);
    auto due = Erasure::due(hub.db, 5, QDate::currentDate());
    REQUIRE(due.ok());
    REQUIRE(due.value().size() == 1);
    CHECK(due.value().first().householdId == f.household);
    REQUIRE(Erasure::eraseHousehold(hub.db, hub.admin(), f.household, QStringLiteral("انتهت مدة الاحتفاظ بالبيانات")).ok());
    CHECK(Erasure::due(hub.db, 5, QDate::currentDate()).value().isEmpty());
    CHECK(Erasure::due(hub.db, 0, QDate::currentDate()).value().isEmpty()); // no limit set: none
}

TEST_CASE("An erasure written on a field worker's laptop is refused on every other copy", "[erasure][sync][privileges]")
{
    Org org(2);
    Device &hub = org[0], &laptop = org[1];
    const Family f = registerFamily(hub);
    const QString password = QStringLiteral("correct horse battery");
    auto omar = security::UserService(hub.db, security::HashCost::minimal())
                    .add(hub.admin(), {QStringLiteral("omar"), QStringLiteral("عمر"), security::Role::FieldWorker, password});
    REQUIRE(omar.ok());
    org.exchange(hub, laptop);
    // On his laptop, past the service (a hostile build): his key signs it.
    auto session = security::UserService(laptop.db, security::HashCost::minimal()).login(QStringLiteral("omar"), password);
    REQUIRE(session.ok());
    CHECK(Erasure::eraseHousehold(laptop.db, session.value(), f.household, QStringLiteral("محو دون صلاحية"))
              .error()
              .code
          == ErrorCode::PermissionDenied);
    laptop.db.setCurrentUser(session.value().userId);
    auto forged = storage::SyncedWriter(laptop.db).insert(
        QStringLiteral("erasures"), {{QStringLiteral("target_table"), QStringLiteral("households")},
                                     {QStringLiteral("target_id"), f.household},
                                     {QStringLiteral("household_id"), f.household},
                                     {QStringLiteral("members"), f.head},
                                     {QStringLiteral("reason"), QStringLiteral("محو دون صلاحية")},
                                     {QStringLiteral("erased_on"), QStringLiteral("2026-12-01")}});
    REQUIRE(forged.ok());
    const ImportSummary s = org.receive(hub, org.sendFor(laptop, hub));
    REQUIRE(s.ok());
    CHECK(s.refusedChanges >= 1);
    CHECK(count(hub, QStringLiteral("SELECT count(*) FROM erasures")) == 0);
    CHECK(hub.get(f.head, QStringLiteral("given_name"), QStringLiteral("members")) == kGiven);
}

TEST_CASE("Changes compacted out of the log: an erasure still cuts every word a stored batch holds", "[erasure][sync]")
{
    const test::PlainFiles plain;
    Org org(2);
    Device &hub = org[0], &laptop = org[1];
    const Family f = registerFamily(laptop);
    org.exchange(laptop, hub);
    // The phone corrected twice, the city twice, each sent before the next:
    // four batches, each carrying one value. Every copy holds them all.
    const QStringList phones = {QStringLiteral("0553333333"), QStringLiteral("0554444444")};
    for (int i = 0; i < 2; ++i) {
        laptop.set(f.head, QStringLiteral("phone"), phones[i], QStringLiteral("members"));
        laptop.set(f.household, QStringLiteral("city"), i == 0 ? QStringLiteral("الدلم") : QStringLiteral("الخرج"),
                   QStringLiteral("households"));
        org.exchange(laptop, hub);
    }
    // The first city (no one's words) left the log; the phones (a person's
    // words) stay, so that an erasure finds their batches.
    const auto logged = [&](const QByteArray &row) {
        return count(hub, QStringLiteral("SELECT count(*) FROM change_log WHERE row_id = ? AND op = 'U'"), {row});
    };
    CHECK(logged(f.household) == 1);
    CHECK(logged(f.head) == 2);
    REQUIRE(holds(fileBytes(hub), phones[0]));

    REQUIRE(Erasure::eraseHousehold(hub.db, hub.admin(), f.household, QStringLiteral("طلب المستفيدة المحو كتابيًا")).ok());
    checkGone(hub, "the hub, which compacted");
    for (const QString &phone : phones)
        CHECK_FALSE(holds(fileBytes(hub), phone));
    org.exchange(hub, laptop);
    checkGone(laptop, "the laptop");
    for (const QString &phone : phones)
        CHECK_FALSE(holds(fileBytes(laptop), phone));
    CHECK(hub.dump() == laptop.dump());
}
