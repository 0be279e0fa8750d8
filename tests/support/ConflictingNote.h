#pragma once
// The confidential conflict the core, UI and CLI tests share: a psychological
// note changed on two copies before they exchanged (issue 13 §3).
#include <QByteArray>
#include <QString>
#include <functional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::test {

inline const QString kNoteOnA = QStringLiteral("panic attacks since the eviction");
inline const QString kNoteOnB = QStringLiteral("sleeps badly, talks of the debts");

struct ConflictingNote {
    QByteArray author;                                        // a counsellor or supervisor, logged in on `a`
    std::function<void(storage::Database &)> logInThere;      // logs the author in on the other copy
    std::function<void(storage::Database &, storage::Database &)> send; // brings `from`'s changes to `to`
    QString noteA = kNoteOnA;
    QString noteB = kNoteOnB;
};

// A confidential psychological session written on `a` by the author, sent to
// `b`, then its note changed to noteA on `a` and noteB on `b` (the author's
// key signs each, docs/trust.md). Not sent again: the copies conflict over
// sessions.psych_notes when they next exchange. Returns the session's id.
QByteArray writeConflictingNote(storage::Database &a, storage::Database &b, const ConflictingNote &how);

} // namespace tamkeen::test
