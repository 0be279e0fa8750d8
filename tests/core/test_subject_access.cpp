// The right of access (issue 15 §6): everything held about a member, as JSON,
// with what the reader may not see marked withheld rather than left out.
#include "ClinicFixture.h"
#include "registry/ConsentService.h"
#include "registry/SubjectAccess.h"
#include "registry/SubjectReport.h"
#include "registry/Vocabulary.h"
#include "security/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace tamkeen;
using namespace tamkeen::test::clinicfixture;
using tamkeen::registry::SubjectAccess;

TEST_CASE("A member's data comes out whole, confidential notes withheld from a reader who may not see them",
          "[access]")
{
    Clinic c;
    const auto huda = c.user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor);
    const auto salem = c.user(QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor);
    const QByteArray member = c.member(QStringLiteral("مريم"), QStringLiteral("علي"), QStringLiteral("الحربي"));
    const QByteArray other = c.member(QStringLiteral("خديجة"), QStringLiteral("سعد"), QStringLiteral("العمري"));
    auto d = Clinic::sessionData(member, huda, QDateTime::currentDateTime().addDays(-1));
    d.psychNotes = QStringLiteral("قلق شديد بعد وفاة الزوج");
    c.record(huda, d);
    c.record(huda, Clinic::sessionData(other, huda, QDateTime::currentDateTime().addDays(-1)));
    REQUIRE(tamkeen::registry::ConsentService(c.db).record(
        huda, {member, QStringLiteral("counselling"), {}, QDate::currentDate(), QStringLiteral("signed_form"), {}, {}}));

    // A field worker may not ask at all.
    const auto omar = c.user(QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker);
    CHECK(SubjectAccess::member(c.db, omar, member).error().code == ErrorCode::PermissionDenied);

    auto asSupervisor = SubjectAccess::member(c.db, salem, member);
    REQUIRE(asSupervisor);
    const QJsonObject records = asSupervisor.value().value(QStringLiteral("records")).toObject();
    const QByteArray text = QJsonDocument(asSupervisor.value()).toJson();
    CHECK(records.value(QStringLiteral("members")).toArray().size() == 1);
    CHECK(text.contains(QStringLiteral("مريم").toUtf8()));
    CHECK_FALSE(text.contains(QStringLiteral("خديجة").toUtf8())); // another member's record is not hers
    CHECK(records.value(QStringLiteral("sessions")).toArray().size() == 1);
    CHECK(records.value(QStringLiteral("consents")).toArray().size() == 1);
    CHECK(records.value(QStringLiteral("households")).toArray().size() == 1);
    CHECK(text.contains(QStringLiteral("قلق شديد").toUtf8())); // a supervisor may read the note

    // An administrator who is not clinical: the note is there, withheld.
    auto asAdmin = SubjectAccess::member(c.db, c.admin, member);
    REQUIRE(asAdmin);
    const QByteArray adminText = QJsonDocument(asAdmin.value()).toJson();
    CHECK_FALSE(adminText.contains(QStringLiteral("قلق شديد").toUtf8()));
    const QJsonObject session =
        asAdmin.value().value(QStringLiteral("records")).toObject().value(QStringLiteral("sessions")).toArray().first().toObject();
    CHECK(session.value(QStringLiteral("psych_notes")).toString().contains(QStringLiteral("withheld")));
    CHECK(session.value(QStringLiteral("needs")).toString() == QStringLiteral("Needs a steady income"));

    // Each request is in the audit trail.
    tamkeen::security::AuditFilter exports;
    exports.action = QStringLiteral("export");
    auto logged = tamkeen::security::AuditLog(c.db).list(salem, exports);
    REQUIRE(logged);
    CHECK(logged.value().size() == 2);
    CHECK(logged.value().first().details.startsWith(QStringLiteral("subject access")));

    CHECK(SubjectAccess::member(c.db, salem, QByteArray(16, 'z')).error().code == ErrorCode::NotFound);
}

TEST_CASE("Every table and column a person is given has its words in the printed document", "[access]")
{
    Clinic c;
    const QStringList internal = {QStringLiteral("deleted"), QStringLiteral("hlc"), QStringLiteral("origin")};
    const QStringList tables = SubjectAccess::tables(c.db).value();
    CHECK(tables.contains(QStringLiteral("plan_goals"))); // a plan's goals are the person's too
    CHECK_FALSE(tables.contains(QStringLiteral("users")));
    for (const QString &table : tables) {
        INFO(table.toStdString());
        CHECK_FALSE(tamkeen::registry::SubjectReportBuilder::tableTitle(table).isEmpty());
        auto columns = c.db.read(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table},
                                 [&](const tamkeen::storage::RawRow &r) {
                                     const QString column = r.text(0);
                                     if (internal.contains(column)
                                         || tamkeen::registry::SubjectReportBuilder::hidden(column))
                                         return;
                                     INFO(column.toStdString());
                                     CHECK_FALSE(
                                         tamkeen::registry::SubjectReportBuilder::columnLabel(table, column).isEmpty());
                                 });
        REQUIRE(columns);
    }
}

TEST_CASE("The document gives codes their words and people their names, and leaves ids out", "[access]")
{
    Clinic c;
    const auto huda = c.user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor);
    const QByteArray member = c.member(QStringLiteral("مريم"), QStringLiteral("علي"), QStringLiteral("الحربي"));
    REQUIRE(tamkeen::registry::ConsentService(c.db).record(
        huda, {member, QStringLiteral("counselling"), {}, QDate(2026, 3, 1), QStringLiteral("signed_form"), {}, {}}));
    auto report = tamkeen::registry::SubjectReportBuilder::member(c.db, c.admin, member);
    REQUIRE(report);
    CHECK(report.value().memberName.startsWith(QStringLiteral("مريم علي")));
    const auto section = std::find_if(report.value().sections.begin(), report.value().sections.end(),
                                      [](const auto &s) { return s.table == QStringLiteral("consents"); });
    REQUIRE(section != report.value().sections.end());
    REQUIRE(section->records.size() == 1);
    QHash<QString, QVariant> fields;
    for (const auto &f : section->records.first())
        fields.insert(f.label, f.value);
    using B = tamkeen::registry::SubjectReportBuilder;
    CHECK(fields.value(B::columnLabel(QStringLiteral("consents"), QStringLiteral("method")))
          == tamkeen::registry::Vocabulary::label(tamkeen::registry::ConsentService::methods(), QStringLiteral("signed_form")));
    CHECK(fields.value(B::columnLabel(QStringLiteral("consents"), QStringLiteral("recorded_by"))) == QStringLiteral("هدى"));
    CHECK(fields.value(B::columnLabel(QStringLiteral("consents"), QStringLiteral("given_on"))).toDate() == QDate(2026, 3, 1));
    for (const auto &f : section->records.first()) // no id, no raw code
        CHECK_FALSE(f.value.toString().contains(QStringLiteral("signed_form")));
    CHECK(std::all_of(report.value().sections.begin(), report.value().sections.end(),
                      [](const auto &s) { return !s.title.isEmpty(); }));
}
