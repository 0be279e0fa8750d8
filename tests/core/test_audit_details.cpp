// The audit screen's details in the reader's language (docs/audit.md): each
// kind of entry the code writes is recognised and told with names, never ids.
// Entries are made by the real services, so a change to what they write that
// the description does not follow fails here.
#include "ClinicFixture.h"
#include "clinic/SessionService.h"
#include "registry/AuditDetails.h"
#include "registry/Erasure.h"
#include "registry/SubjectAccess.h"
#include "security/AuditLog.h"
#include "security/UserService.h"

using namespace tamkeen;
using namespace tamkeen::test::clinicfixture;

namespace {

// The details of each entry of `action`, described, newest last.
QList<registry::DescribedDetails> described(storage::Database &db, const security::Session &reader, const QString &action)
{
    security::AuditFilter f;
    f.action = action;
    auto entries = security::AuditLog(db).list(reader, f);
    REQUIRE(entries);
    registry::AuditDetails details(db);
    QList<registry::DescribedDetails> out;
    for (const security::AuditEntry &e : entries.value())
        out.prepend(details.describe(e)); // the list is newest first
    return out;
}

QString isolated(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

} // namespace

TEST_CASE("Audit details are told with names and words, and what is not known is shown as written", "[audit]")
{
    Clinic c;
    const auto huda = c.user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor);
    const auto salem = c.user(QStringLiteral("salem"), QStringLiteral("سالم الدوسري"), Role::Supervisor);
    const QByteArray member = c.member(QStringLiteral("مريم"), QStringLiteral("علي"), QStringLiteral("الحربي"));
    auto d = Clinic::sessionData(member, huda, QDateTime::currentDateTime().addDays(-1));
    d.psychNotes = QStringLiteral("قلق");
    c.record(huda, d);

    security::UserService users(c.db, security::HashCost::minimal());
    auto mona = users.add(c.t->admin, {QStringLiteral("mona"), QStringLiteral("منى السيد"), Role::FieldWorker,
                                       QStringLiteral("olive trees 7x")});
    REQUIRE(mona);
    REQUIRE(users.setActive(c.t->admin, mona.value(), false));
    REQUIRE(users.setActive(c.t->admin, mona.value(), true));
    REQUIRE(users.resetPassword(c.t->admin, mona.value(), QStringLiteral("new olive trees 8")));
    REQUIRE(clinic::SessionService(c.db).ofMember(huda, member));
    REQUIRE(registry::SubjectAccess::member(c.db, salem, member));
    REQUIRE(security::AuditLog(c.db).record(salem, QStringLiteral("print"), {}, QStringLiteral("/tmp/x.pdf")));
    // As the household list's export wrote it before this version: still told in words.
    REQUIRE(security::AuditLog(c.db).record(salem, QStringLiteral("export"), {}, QStringLiteral("households list /tmp/h.xlsx")));
    // A list exported from the window (ListExport::audit's form, in the user's language).
    REQUIRE(security::AuditLog(c.db).record(salem, QStringLiteral("export"), {},
                                            QStringLiteral("الخطط — مسودة — /tmp/p.xlsx")));
    // An erasure, by the service itself.
    const QByteArray other = c.member(QStringLiteral("سعاد"), QStringLiteral("حسن"), QStringLiteral("القحطاني"));
    REQUIRE(registry::Erasure::eraseMember(c.db, c.admin, other, QStringLiteral("طلب كتابي بتاريخ اليوم")));

    const auto accounts = described(c.db, salem, QStringLiteral("account"));
    REQUIRE(accounts.size() >= 4);
    const auto last4 = accounts.mid(accounts.size() - 4);
    CHECK(last4[0].text == QStringLiteral("Added the account %1 (Field social worker)").arg(isolated(QStringLiteral("mona"))));
    CHECK(last4[1].text == QStringLiteral("Deactivated the account of منى السيد"));
    CHECK(last4[2].text == QStringLiteral("Reactivated the account of منى السيد"));
    CHECK(last4[3].text == QStringLiteral("Reset the password of %1").arg(isolated(QStringLiteral("mona"))));
    for (const auto &a : last4)
        CHECK_FALSE(a.asWritten);

    const auto reads = described(c.db, salem, QStringLiteral("read_confidential"));
    REQUIRE_FALSE(reads.isEmpty());
    CHECK(reads.last().text == QStringLiteral("The sessions of مريم علي الحربي"));
    const auto exports = described(c.db, salem, QStringLiteral("export"));
    REQUIRE_FALSE(exports.isEmpty());
    REQUIRE(exports.size() >= 3);
    CHECK(exports[exports.size() - 3].text == QStringLiteral("Everything held about مريم علي الحربي"));
    CHECK(exports[exports.size() - 2].text == QStringLiteral("The households list: %1").arg(isolated(QStringLiteral("/tmp/h.xlsx"))));
    // Right to left as written, only the path isolated.
    CHECK_FALSE(exports.last().asWritten);
    CHECK(exports.last().text == QStringLiteral("الخطط — مسودة — ") + isolated(QStringLiteral("/tmp/p.xlsx")));
    const auto erasures = described(c.db, salem, QStringLiteral("erase"));
    REQUIRE(erasures.size() == 1);
    CHECK(erasures[0].text == QStringLiteral("One member of the household"));
    // A path: as written, for the screen to show left to right.
    const auto prints = described(c.db, salem, QStringLiteral("print"));
    REQUIRE(prints.size() == 1);
    CHECK(prints[0].asWritten);
    CHECK(prints[0].text == QStringLiteral("/tmp/x.pdf"));
}
