// A graduation's approval travels only from a supervisor (issue 14 §5,
// docs/trust.md): a field worker's laptop that writes an approval, signed
// by itself or forged by hand in the supervisor's name, is refused by every
// copy; its proposal (an ordinary change) arrives; the supervisor's own
// signed approval is believed.
#include "GraduationFixture.h"
#include "storage/Uuid.h"
#include "storage/SyncedWriter.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"

#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::test::graduationfixture;
using namespace Qt::StringLiterals;

namespace {

QString exportAll(storage::Database &from, QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    auto written = sync::Exporter(from).write(path, {});
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());
    return path;
}

sync::ImportSummary importInto(storage::Database &to, const QString &path)
{
    const sync::ImportSummary s = sync::Importer(to).importFile(path);
    INFO(s.refused.toStdString());
    REQUIRE(s.ok());
    return s;
}

} // namespace

TEST_CASE("Graduation: a field worker's laptop cannot approve a graduation, in core or by a forged package",
          "[impact][graduation][sync]")
{
    Graduation centre; // the centre's copy: users, pathways, a family ready on employment
    centre.setPathways();
    QByteArray head;
    const QByteArray family =
        centre.family(QStringLiteral("فهد"), QStringLiteral("employed"), QStringLiteral("salary"), 1500, head);
    centre.plan(head, {QStringLiteral("employment")}, 4, 2);

    auto laptopDb = test::makeEnrolledDb(centre.db, centre.admin, 2);
    storage::Database &l = *laptopDb->db;
    QTemporaryDir packages;
    importInto(l, exportAll(centre.db, packages, u"centre.tamkeen"_s));
    security::UserService laptopUsers(l, security::HashCost::minimal());
    auto omar = laptopUsers.login(u"omar"_s, u"correct horse battery"_s);
    REQUIRE(omar.ok());

    // On the laptop, Omar proposes (his to do), then tries to approve.
    GraduationService laptop(l);
    auto id = laptop.propose(omar.value(), family, centre.employment, QStringLiteral("يعمل منذ أربعة أشهر"));
    INFO((id ? std::string() : id.error().message.toStdString()));
    REQUIRE(id.ok());
    CHECK(laptop.approve(omar.value(), id.value(), {}).error().code == ErrorCode::PermissionDenied); // in core
    // 1. Around core: a decision written by his own hand, signed by his key.
    storage::SyncedWriter writer(l);
    l.setCurrentUser(omar.value().userId);
    REQUIRE(writer.insert(u"graduation_decisions"_s, {{u"request_id"_s, id.value()},
                                                      {u"household_id"_s, family},
                                                      {u"decision"_s, u"approved"_s},
                                                      {u"decided_by"_s, centre.salem.userId},
                                                      {u"decided_on"_s, centre.today.toString(Qt::ISODate)}})
                .ok());
    // 2. One by hand, in the supervisor's name, with no signature.
    const QByteArray forged = storage::newUuidV7();
    REQUIRE(l.exec(u"INSERT INTO graduation_decisions(id, created_at, created_by, updated_at, updated_by, request_id, "
                   "household_id, decision, decided_by, decided_on, note) VALUES (?, 'now', ?, 'now', ?, ?, ?, 'approved', ?, ?, "
                   "'موافق')"_s,
                   {forged, centre.salem.userId, centre.salem.userId, id.value(), family, centre.salem.userId,
                    centre.today.toString(Qt::ISODate)})
                .ok());
    const qint64 seq =
        l.scalar(u"SELECT ifnull(max(seq), 0) + 1 FROM change_log WHERE device = ?"_s, {l.deviceId()}).value().toLongLong();
    REQUIRE(l.exec(u"INSERT INTO change_log(device, seq, hlc, tbl, row_id, op, author) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                   {l.deviceId(), seq, qint64(l.clock().next()), u"graduation_decisions"_s, forged, u"I"_s,
                    centre.salem.userId})
                .ok());
    // On the laptop itself the request looks decided: that copy is its own.
    CHECK(laptop.request(id.value()).value().decision == GraduationDecision::Approved);

    const sync::ImportSummary s = importInto(centre.db, exportAll(l, packages, u"laptop.tamkeen"_s));
    CHECK(s.refusedChanges == 2);
    // The proposal arrived, undecided: still in the supervisor's queue.
    auto pending = GraduationService::pending(centre.db);
    REQUIRE(pending.ok());
    REQUIRE(pending.value().size() == 1);
    CHECK(pending.value()[0].id == id.value());
    CHECK(centre.db.scalar(u"SELECT count(*) FROM graduation_decisions"_s).value().toInt() == 0);
    CHECK(centre.db.scalar(u"SELECT status FROM households WHERE id = ?"_s, {family}).value() == u"active"_s);

    // The supervisor approves at the centre; the laptop believes it.
    REQUIRE(centre.graduations.approve(centre.salem, id.value(), QStringLiteral("موافق")).ok());
    const sync::ImportSummary back = importInto(l, exportAll(centre.db, packages, u"centre2.tamkeen"_s));
    CHECK(back.refusedChanges == 0);
    const GraduationRequest r = laptop.request(id.value()).value();
    CHECK(r.decision == GraduationDecision::Approved);
    CHECK(r.decidedBy == centre.salem.userId);
    CHECK(l.scalar(u"SELECT status FROM households WHERE id = ?"_s, {family}).value() == u"exited"_s);
}
