#include "support/ConflictingNote.h"

#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "storage/Uuid.h"
#include "support/catch.h"

namespace tamkeen::test {

QByteArray writeConflictingNote(storage::Database &a, storage::Database &b, const ConflictingNote &how)
{
    a.setCurrentUser(how.author);
    auto id = storage::SyncedWriter(a).insert(
        QStringLiteral("sessions"), {{QStringLiteral("member_id"), storage::newUuidV7()},
                                     {QStringLiteral("household_id"), storage::newUuidV7()},
                                     {QStringLiteral("counsellor_id"), how.author},
                                     {QStringLiteral("held_at"), QStringLiteral("2026-01-11T10:00")},
                                     {QStringLiteral("duration_min"), 45},
                                     {QStringLiteral("types"), QStringLiteral("psychological")},
                                     {QStringLiteral("mode"), QStringLiteral("centre")},
                                     {QStringLiteral("confidential"), 1},
                                     {QStringLiteral("psych_notes"), QStringLiteral("first note")}});
    REQUIRE(id.ok());
    how.send(a, b);
    how.logInThere(b);
    for (auto [db, text] : {std::pair{&a, how.noteA}, std::pair{&b, how.noteB}}) {
        db->setCurrentUser(how.author);
        const Status s = storage::SyncedWriter(*db).update(QStringLiteral("sessions"), id.value(),
                                                           {{QStringLiteral("psych_notes"), text}});
        INFO((s ? std::string() : s.error().message.toStdString()));
        REQUIRE(s.ok());
    }
    return id.value();
}

} // namespace tamkeen::test
