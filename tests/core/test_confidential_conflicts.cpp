// Confidential fields travel in conflicts too (issue 13 §3): the values of a
// conflicting psychological note reach only those who may read it, in core,
// and only a supervisor (who may read it and decide) resolves it.
#include "SyncFixture.h"

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;
using security::Role;

namespace {

security::Session as(const Device &d, Role role)
{
    security::Session s = d.admin();
    s.role = role; // Conflicts decides by role; the accounts themselves do not matter here
    return s;
}

} // namespace

TEST_CASE("A conflicting psychological note: counsellors and supervisors see both values, others see them hidden",
          "[sync][clinic][trust]")
{
    Org org(2);
    org.checkAuthors = false; // the administrator writes the notes here (roles: test_sync_privileges)
    Device &a = org[0];
    Device &b = org[1];
    conflictingNote(org, a, b);
    // An ordinary field in conflict too: it stays visible to everyone.
    const QByteArray partner = a.addPartner(QStringLiteral("جمعية البر"));
    org.exchange(a, b);
    a.set(partner, QStringLiteral("phone"), QStringLiteral("0111111111"));
    b.set(partner, QStringLiteral("phone"), QStringLiteral("0122222222"));
    org.exchange(a, b);

    const QStringList notes = {QStringLiteral("panic attacks since the eviction"),
                               QStringLiteral("sleeps badly, talks of the debts")};
    for (Device *d : {&a, &b}) {
        sync::Conflicts conflicts(d->db);
        for (Role reader : {Role::Counsellor, Role::Supervisor}) {
            auto open = conflicts.open(as(*d, reader)).value();
            REQUIRE(open.size() == 2);
            const sync::Conflict &note = open[0].column == QStringLiteral("psych_notes") ? open[0] : open[1];
            CHECK(note.confidential);
            CHECK_FALSE(note.hidden);
            CHECK(notes.contains(note.kept.value.toString()));
            CHECK(notes.contains(note.lost.value.toString()));
            CHECK(note.kept.value != note.lost.value);
        }
        for (Role reader : {Role::FieldWorker, Role::Administrator}) {
            auto open = conflicts.open(as(*d, reader)).value();
            REQUIRE(open.size() == 2);
            for (const sync::Conflict &c : open) {
                if (c.column == QStringLiteral("psych_notes")) {
                    CHECK(c.confidential);
                    CHECK(c.hidden);
                    CHECK(c.kept.value.isNull());
                    CHECK(c.lost.value.isNull());
                    CHECK(conflicts.conflict(as(*d, reader), c.id).value().lost.value.isNull());
                } else {
                    CHECK_FALSE(c.hidden);
                    CHECK(c.kept.value == QStringLiteral("0122222222"));
                }
            }
        }
    }
}

TEST_CASE("Only a supervisor resolves a confidential note's conflict - an administrator may not", "[sync][clinic][trust]")
{
    Org org(2);
    org.checkAuthors = false; // the administrator writes the notes here (roles: test_sync_privileges)
    Device &a = org[0];
    Device &b = org[1];
    const QByteArray session = conflictingNote(org, a, b);
    org.exchange(a, b);
    sync::Conflicts conflicts(a.db);
    auto open = conflicts.open(as(a, Role::Supervisor)).value();
    REQUIRE(open.size() == 1);
    const QString before = a.get(session, QStringLiteral("psych_notes"), QStringLiteral("sessions")).toString();

    const Status byAdmin = conflicts.resolve(a.admin(), open[0].id, QStringLiteral("typed over without reading"));
    CHECK(byAdmin.error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(sync::Conflicts::mayResolve(a.admin(), open[0]));
    CHECK(conflicts.resolve(as(a, Role::Counsellor), open[0].id, open[0].lost.value).error().code
          == ErrorCode::PermissionDenied);
    CHECK(conflicts.openCount().value() == 1);
    CHECK(a.get(session, QStringLiteral("psych_notes"), QStringLiteral("sessions")).toString() == before);

    REQUIRE(conflicts.resolve(as(a, Role::Supervisor), open[0].id, open[0].lost.value).ok());
    CHECK(conflicts.openCount().value() == 0);
    CHECK(a.get(session, QStringLiteral("psych_notes"), QStringLiteral("sessions")) == open[0].lost.value);
}
