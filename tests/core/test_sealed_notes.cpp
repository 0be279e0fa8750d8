// Confidential notes sealed to the clinic's key (issue 15 §2): in the tables
// of every copy, and in what sync carries, they are ciphertext even while the
// database is open; only a counsellor's or supervisor's key opens them.
#include "ClinicFixture.h"
#include "TwoCopies.h"

#include "clinic/ClinicalKeys.h"
#include "registry/SubjectAccess.h"
#include "security/FileKeys.h"
#include "storage/SyncedWriter.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sodium.h>

using namespace tamkeen;
using namespace tamkeen::test::clinicfixture;

namespace {

const QString kNeeds = QStringLiteral("تعاني من نوبات هلع منذ الإخلاء");
const QString kPsych = QStringLiteral("أفكار انتحارية في الماضي، متابعة أسبوعية");
const QString kAction = QStringLiteral("زيارة الطبيب النفسي في المستشفى");

// Every text or blob value of every table that holds `text` (UTF-8), in the
// database as any SQL reader of the open file sees it.
QStringList tablesHolding(storage::Database &db, const QString &text)
{
    QStringList tables, found;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
    while (q.next())
        tables << q.value(0).toString();
    const QByteArray needle = text.toUtf8();
    for (const QString &t : std::as_const(tables)) {
        QSqlQuery rows(db.connection());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t)));
        while (rows.next()) {
            const QSqlRecord r = rows.record();
            for (int c = 0; c < r.count(); ++c) {
                const QVariant v = r.value(c);
                const QByteArray bytes = v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
                if (bytes.contains(needle) && !found.contains(t))
                    found << t;
            }
        }
    }
    return found;
}

SessionData psychological(const QByteArray &member, const security::Session &counsellor)
{
    SessionData d = Clinic::sessionData(member, counsellor, daysAgo(3), {QStringLiteral("psychological")});
    d.needs = kNeeds;
    d.psychNotes = kPsych;
    return d;
}

QByteArray addMember(storage::Database &db, const security::Session &admin)
{
    registry::HouseholdService households(db);
    registry::HouseholdData h;
    h.region = QStringLiteral("منطقة الرياض");
    h.city = QStringLiteral("الرياض");
    h.phone = QStringLiteral("0551234567");
    h.housingType = QStringLiteral("apartment");
    h.housingOwnership = QStringLiteral("rented");
    auto id = households.create(admin, h, person(QStringLiteral("نورة"), QStringLiteral("سعد"), QStringLiteral("العتيبي"),
                                                 QStringLiteral("head"), QStringLiteral("female")));
    REQUIRE(id.ok());
    auto members = households.members().members(id.value());
    REQUIRE(members.ok());
    return members.value().first().id;
}

QVariant stored(storage::Database &db, const QString &sql, const QByteArray &id)
{
    auto v = db.scalar(sql, {id});
    REQUIRE(v.ok());
    return v.value();
}

} // namespace

TEST_CASE("A psychological note is sealed in every table and package: counsellors and supervisors read it, a field "
          "worker never does",
          "[clinic][encryption]")
{
    test::TwoCopies two;
    storage::Database &laptop = two.laptop();
    const QByteArray member = addMember(laptop, two.laptopDb->admin);
    SessionService sessions(laptop);
    auto recorded = sessions.record(two.huda, psychological(member, two.huda),
                                    {NewAction{kAction, QStringLiteral("beneficiary"), QDate::currentDate().addDays(7)}});
    REQUIRE(recorded.ok());
    const QByteArray id = recorded.value();
    // Salem logged in before the first note made the clinic's key: his next login opens it.
    two.salem = security::UserService(laptop, security::HashCost::minimal()).login(QStringLiteral("salem"), test::kTwoCopiesPassword).value();

    // Stored: ciphertext, on the open database, in every table (notes, actions, the change log).
    for (const QString &column : {QStringLiteral("needs"), QStringLiteral("psych_notes")})
        CHECK(ClinicalKeys::isSealed(stored(laptop, QStringLiteral("SELECT %1 FROM sessions WHERE id = ?").arg(column), id)));
    CHECK(ClinicalKeys::isSealed(stored(laptop, QStringLiteral("SELECT description FROM agreed_actions WHERE session_id = ?"), id)));
    for (const QString &secret : {kNeeds, kPsych, kAction})
        CHECK(tablesHolding(laptop, secret).isEmpty());

    // Read through core: the counsellor and the supervisor see them; the field worker nothing.
    for (const security::Session &reader : {two.huda, two.salem}) {
        auto s = sessions.session(reader, id);
        REQUIRE(s.ok());
        CHECK_FALSE(s.value().withheld);
        CHECK(s.value().needs == kNeeds);
        CHECK(s.value().psychNotes == kPsych);
        CHECK(sessions.actions(reader, id).value().first().description == kAction);
    }
    auto byWorker = sessions.session(two.omar, id);
    REQUIRE(byWorker.ok());
    CHECK(byWorker.value().withheld);
    CHECK(byWorker.value().psychNotes.isEmpty());
    CHECK(byWorker.value().needs.isEmpty());
    CHECK(sessions.actions(two.omar, id).value().first().withheld);
    // The right of access: an administrator's answer withholds them; a supervisor's opens them.
    const auto json = [&](const security::Session &who) {
        auto j = registry::SubjectAccess::member(laptop, who, member);
        REQUIRE(j.ok());
        return QString::fromUtf8(QJsonDocument(j.value()).toJson());
    };
    const QString byAdmin = json(two.laptopDb->admin);
    CHECK_FALSE(byAdmin.contains(kPsych));
    CHECK_FALSE(byAdmin.contains(QStringLiteral("tk-sealed:")));
    CHECK(json(two.salem).contains(kPsych));

    // Carried to the centre: still ciphertext there, opened by the counsellor's login on that copy.
    const QString package = two.send(laptop, QStringLiteral("laptop.tamkeen"));
    CHECK_FALSE(test::fileBytes(package).contains(kPsych.toUtf8()));
    REQUIRE(sync::Importer(two.c).importFile(package).ok());
    for (const QString &secret : {kNeeds, kPsych, kAction})
        CHECK(tablesHolding(two.c, secret).isEmpty());
    security::UserService centreUsers(two.c, security::HashCost::minimal());
    auto worker = centreUsers.login(QStringLiteral("omar"), test::kTwoCopiesPassword);
    auto huda = centreUsers.login(QStringLiteral("huda"), test::kTwoCopiesPassword);
    REQUIRE(worker.ok());
    REQUIRE(huda.ok());
    SessionService atCentre(two.c);
    CHECK(atCentre.session(huda.value(), id).value().psychNotes == kPsych);
    CHECK(atCentre.session(worker.value(), id).value().psychNotes.isEmpty());
    // A worker whose role record says counsellor still needs the key: a role alone opens nothing.
    security::Session pretending = worker.value();
    pretending.role = security::Role::Counsellor;
    auto pretended = atCentre.session(pretending, id);
    REQUIRE(pretended.ok());
    CHECK(pretended.value().withheld);
    CHECK(pretended.value().psychNotes.isEmpty());
}

TEST_CASE("A counsellor without the clinic's key reads no sealed note and cannot overwrite it - a forged slot opens "
          "nothing",
          "[clinic][encryption]")
{
    test::TwoCopies two;
    storage::Database &laptop = two.laptop();
    const QByteArray member = addMember(laptop, two.laptopDb->admin);
    auto id = SessionService(laptop).record(two.huda, psychological(member, two.huda));
    REQUIRE(id.ok());
    REQUIRE(sync::Importer(two.c).importFile(two.send(laptop, QStringLiteral("laptop.tamkeen"))).ok());

    // A counsellor added at the centre, where nobody holding the key has logged in since.
    security::UserService users(two.c, security::HashCost::minimal());
    auto rana = users.add(two.centre->admin, {QStringLiteral("rana"), QStringLiteral("Rana"), security::Role::Counsellor,
                                              test::kTwoCopiesPassword});
    REQUIRE(rana.ok());
    // A hostile copy's slot for her, sealing some other secret to her key: it must open nothing.
    {
        QByteArray fake(crypto_box_SECRETKEYBYTES, '\0'), x(crypto_box_PUBLICKEYBYTES, '\0');
        randombytes_buf(fake.data(), size_t(fake.size()));
        const QByteArray userKey = stored(two.c, QStringLiteral("SELECT public_key FROM users WHERE id = ?"), rana.value()).toByteArray();
        REQUIRE(crypto_sign_ed25519_pk_to_curve25519(reinterpret_cast<unsigned char *>(x.data()),
                                                     reinterpret_cast<const unsigned char *>(userKey.constData()))
                == 0);
        QByteArray sealed(crypto_box_SEALBYTES + fake.size(), '\0');
        crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), reinterpret_cast<const unsigned char *>(fake.constData()),
                        quint64(fake.size()), reinterpret_cast<const unsigned char *>(x.constData()));
        const QByteArray key = two.c.scalar(QStringLiteral("SELECT id FROM clinical_keys LIMIT 1")).value().toByteArray();
        REQUIRE_FALSE(key.isEmpty());
        REQUIRE(storage::SyncedWriter(two.c)
                    .insert(QStringLiteral("clinical_key_slots"), {{QStringLiteral("key_id"), key},
                                                                   {QStringLiteral("user_id"), rana.value()},
                                                                   {QStringLiteral("user_public_key"), userKey},
                                                                   {QStringLiteral("sealed"), sealed}})
                    .ok());
    }
    auto asRana = users.login(QStringLiteral("rana"), test::kTwoCopiesPassword);
    REQUIRE(asRana.ok());
    CHECK_FALSE(ClinicalKeys::isOpen(two.c, asRana.value()));
    SessionService sessions(two.c);
    auto seen = sessions.session(asRana.value(), id.value());
    REQUIRE(seen.ok());
    CHECK(seen.value().withheld);
    CHECK(seen.value().psychNotes.isEmpty());
    SessionData blank = psychological(member, two.huda);
    blank.psychNotes.clear();
    const QVariant before = stored(two.c, QStringLiteral("SELECT psych_notes FROM sessions WHERE id = ?"), id.value());
    CHECK(sessions.amend(asRana.value(), id.value(), blank, QStringLiteral("tidying up")).error().code
          == ErrorCode::PermissionDenied);
    CHECK(stored(two.c, QStringLiteral("SELECT psych_notes FROM sessions WHERE id = ?"), id.value()) == before);

    // Huda logs in at the centre: Rana gets her slot, and her next login opens the note.
    auto asHuda = users.login(QStringLiteral("huda"), test::kTwoCopiesPassword);
    REQUIRE(asHuda.ok());
    REQUIRE(ClinicalKeys::maintain(two.c, asHuda.value()).ok());
    two.c.forgetSigningKeys(); // Huda logged out: nothing of hers is left in memory
    auto again = users.login(QStringLiteral("rana"), test::kTwoCopiesPassword);
    REQUIRE(again.ok());
    CHECK(ClinicalKeys::isOpen(two.c, again.value()));
    CHECK(sessions.session(again.value(), id.value()).value().psychNotes == kPsych);
}

TEST_CASE("Notes from before the clinic's key are sealed at a counsellor's login - a session made confidential later "
          "seals what it held",
          "[clinic][encryption]")
{
    Clinic c;
    const auto huda = c.user(QStringLiteral("huda"), QStringLiteral("هدى الشمري"), Role::Counsellor);
    const QByteArray member = c.member(QStringLiteral("أحمد"), QStringLiteral("محمد"), QStringLiteral("القحطاني"));

    // As an older version wrote it: in clear.
    c.db.setCurrentUser(huda.userId);
    auto old = storage::SyncedWriter(c.db).insert(QStringLiteral("sessions"),
                                                  {{QStringLiteral("member_id"), member},
                                                   {QStringLiteral("household_id"), stored(c.db, QStringLiteral("SELECT household_id FROM members WHERE id = ?"), member)},
                                                   {QStringLiteral("counsellor_id"), huda.userId},
                                                   {QStringLiteral("held_at"), QStringLiteral("2026-01-05T10:00:00")},
                                                   {QStringLiteral("duration_min"), 30},
                                                   {QStringLiteral("types"), QStringLiteral("psychological")},
                                                   {QStringLiteral("mode"), QStringLiteral("centre")},
                                                   {QStringLiteral("confidential"), 1},
                                                   {QStringLiteral("observations"), kNeeds},
                                                   {QStringLiteral("psych_notes"), kPsych}});
    REQUIRE(old.ok());
    CHECK(tablesHolding(c.db, kPsych).contains(QStringLiteral("sessions")));
    auto again = c.users.login(QStringLiteral("huda"), QStringLiteral("correct horse battery"));
    REQUIRE(again.ok());
    REQUIRE(ClinicalKeys::maintain(c.db, again.value()).ok());
    CHECK(tablesHolding(c.db, kPsych).contains(QStringLiteral("sessions"))); // the keys only: the sweep is apart
    REQUIRE(ClinicalKeys::sealNotesFromBefore(c.db, again.value()).ok());
    // The notes themselves are sealed. (The older change's signature in the
    // change log keeps its clear values: docs/encryption.md, "Limits".)
    CHECK_FALSE(tablesHolding(c.db, kPsych).contains(QStringLiteral("sessions")));
    CHECK_FALSE(tablesHolding(c.db, kNeeds).contains(QStringLiteral("sessions")));
    CHECK(ClinicalKeys::isSealed(stored(c.db, QStringLiteral("SELECT psych_notes FROM sessions WHERE id = ?"), old.value())));
    auto s = c.sessions.session(huda, old.value());
    REQUIRE(s.ok());
    CHECK(s.value().psychNotes == kPsych);
    CHECK(s.value().observations == kNeeds);

    // An economic session, then corrected to psychological: its notes and actions are sealed then.
    SessionData econ = Clinic::sessionData(member, huda, daysAgo(2));
    econ.observations = kAction + QStringLiteral(" (ملاحظة)");
    const QByteArray econId =
        c.record(huda, econ, {NewAction{kAction, QStringLiteral("beneficiary"), QDate::currentDate().addDays(3)}});
    CHECK_FALSE(tablesHolding(c.db, kAction).isEmpty());
    econ.types = {QStringLiteral("psychological")};
    REQUIRE(c.sessions.amend(huda, econId, econ, QStringLiteral("It was a psychological session")).ok());
    CHECK(tablesHolding(c.db, kAction).isEmpty());
    CHECK(c.sessions.session(huda, econId).value().observations == econ.observations);
    CHECK(c.sessions.actions(huda, econId).value().first().description == kAction);
}

TEST_CASE("The recovery key gives a counsellor the clinic's key when nobody who holds it is left", "[clinic][encryption]")
{
    Clinic c;
    auto recovery = security::FileKeys::makeRecoveryKey(c.db, c.admin);
    REQUIRE(recovery.ok());
    const auto huda = c.user(QStringLiteral("huda"), QStringLiteral("هدى الشمري"), Role::Counsellor);
    const QByteArray member = c.member(QStringLiteral("أحمد"), QStringLiteral("محمد"), QStringLiteral("القحطاني"));
    const QByteArray id = c.record(huda, psychological(member, huda));
    c.db.forgetSigningKeys();
    REQUIRE(c.users.setActive(c.admin, huda.userId, false).ok()); // Huda left; her password went with her

    auto rana = c.users.add(c.admin, {QStringLiteral("rana"), QStringLiteral("Rana"), Role::Counsellor,
                                      QStringLiteral("correct horse battery")});
    REQUIRE(rana.ok());
    auto first = c.users.login(QStringLiteral("rana"), QStringLiteral("correct horse battery"));
    REQUIRE(first.ok());
    CHECK(c.sessions.session(first.value(), id).value().withheld);

    CHECK(ClinicalKeys::grantWithRecoveryKey(c.db, first.value(), recovery.value(), rana.value()).error().code
          == ErrorCode::PermissionDenied);
    CHECK(ClinicalKeys::grantWithRecoveryKey(c.db, c.admin, QStringLiteral("00ff"), rana.value()).error().code == ErrorCode::Invalid);
    QString wrong(64, QLatin1Char('a'));
    CHECK(ClinicalKeys::grantWithRecoveryKey(c.db, c.admin, wrong, rana.value()).error().code == ErrorCode::PermissionDenied);
    CHECK(ClinicalKeys::grantWithRecoveryKey(c.db, c.admin, recovery.value(), huda.userId).error().code == ErrorCode::Invalid);
    auto granted = ClinicalKeys::grantWithRecoveryKey(c.db, c.admin, recovery.value(), rana.value());
    INFO((granted ? std::string() : granted.error().message.toStdString()));
    REQUIRE(granted.ok());
    CHECK(granted.value() == 1);
    auto second = c.users.login(QStringLiteral("rana"), QStringLiteral("correct horse battery"));
    REQUIRE(second.ok());
    CHECK(c.sessions.session(second.value(), id).value().psychNotes == kPsych);
}

TEST_CASE("A holder of the clinic's key writes notes that open without X25519 - notes any writer sealed still open - a "
          "tampered or moved value opens to nothing",
          "[clinic][encryption]")
{
    test::TwoCopies two;
    storage::Database &laptop = two.laptop();
    const QByteArray member = addMember(laptop, two.laptopDb->admin);
    SessionService sessions(laptop);
    auto recorded = sessions.record(two.huda, psychological(member, two.huda));
    REQUIRE(recorded.ok());
    // Huda's login opens the key her first note made.
    two.huda = security::UserService(laptop, security::HashCost::minimal()).login(QStringLiteral("huda"), test::kTwoCopiesPassword).value();
    REQUIRE(ClinicalKeys::isOpen(laptop, two.huda));
    auto second = sessions.record(two.huda, psychological(member, two.huda));
    REQUIRE(second.ok());
    const QString v2 = stored(laptop, QStringLiteral("SELECT psych_notes FROM sessions WHERE id = ?"), second.value()).toString();
    CHECK(v2.startsWith(QStringLiteral("tk-sealed:2:")));
    CHECK(ClinicalKeys::open(laptop, two.huda, v2) == kPsych);
    CHECK_FALSE(ClinicalKeys::open(laptop, two.omar, v2)); // a field worker: nothing

    // Sealed by someone who does not hold the key (format 1): opened the same.
    laptop.setCurrentUser(two.omar.userId);
    auto v1 = ClinicalKeys::seal(laptop, kNeeds);
    REQUIRE(v1);
    CHECK(v1.value().toString().startsWith(QStringLiteral("tk-sealed:1:")));
    CHECK(ClinicalKeys::open(laptop, two.huda, v1.value()) == kNeeds);

    // One byte changed anywhere, or the value put under another key id: nothing, never garbage.
    QByteArray raw = QByteArray::fromBase64(v2.mid(12).toLatin1());
    for (const qsizetype at : {qsizetype(0), qsizetype(20), raw.size() - 1}) {
        QByteArray bad = raw;
        bad[at] = char(bad[at] ^ 0x01);
        CAPTURE(at);
        CHECK_FALSE(ClinicalKeys::open(laptop, two.huda, QStringLiteral("tk-sealed:2:") + QString::fromLatin1(bad.toBase64())));
    }
    CHECK_FALSE(ClinicalKeys::open(laptop, two.huda, QStringLiteral("tk-sealed:2:AAAA")));
    // A format no version writes is text someone typed: not taken for a sealed note.
    CHECK_FALSE(ClinicalKeys::isSealed(QStringLiteral("tk-sealed:9:") + v2.mid(12)));
    // The session reads whole, and the note is in no table in clear.
    CHECK(sessions.session(two.huda, second.value()).value().psychNotes == kPsych);
    CHECK(tablesHolding(laptop, kPsych).isEmpty());
}
