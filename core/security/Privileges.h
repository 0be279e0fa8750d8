#pragma once
// Which synced tables and fields are privileged, which roles may change them,
// and the check of a privileged change received from another copy
// (docs/trust.md, issue 13 §3). A privileged change is believed only with its
// author's signature, by an author who holds the role on this copy.
#include "security/Roles.h"
#include "security/SignedChange.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::security {

class Privileges {
    Q_DECLARE_TR_FUNCTIONS(Privileges)
public:
    struct Rule {
        QList<Role> roles;  // any of them may make the change
        bool self = false;  // the row's own user may too (their password, key and name)
        bool never = false; // nobody may: a revocation is final
    };

    // Whether an entry of `table` that sets `columns` (to `values`) must carry
    // its author's signature. For an insert, pass only the columns it sets to
    // a value (columnsSet): an empty confidential note is not one. Some rules
    // are for one value (a plan's status made active): without `values` they
    // do not apply. Some are for a change only, not for the row being made
    // (`op` "I"): a family's centre.
    static bool needsSignature(const QString &table, const QStringList &columns, const QVariantMap &values = {},
                               const QString &op = QStringLiteral("U"));
    // What a privileged field of an ordinary row holds until the change that
    // sets it arrives: null, or a plan's "draft".
    static QVariant unsetValue(const QString &table, const QString &column);
    // Whether any field of `table` is privileged: a cheap test before the others.
    static bool hasPrivilegedFields(const QString &table);
    // Whether every column of `table` is (identities, settings), not just some fields.
    static bool isPrivilegedTable(const QString &table);
    // Who may make that change; nullopt when it is an ordinary change.
    static std::optional<Rule> rule(const QString &table, const QString &op, const QByteArray &rowId,
                                    const QStringList &columns, const QVariantMap &values = {});
    // The role named in refusals: the first that may; nullopt when ordinary or never.
    static std::optional<Role> requiredRole(const QString &table, const QString &op, const QByteArray &rowId,
                                            const QStringList &columns, const QVariantMap &values = {});
    // The columns a change sets: an update's logged fields and carried pairs;
    // an insert's pairs with a value.
    static QStringList columnsSet(const SignedChange &change);

    // What a privileged table holds, for messages ("user accounts", …); translated.
    static QString subject(const QString &table);

    // The author as they stood when a change was made (sync::RoleHistory):
    // their key, role and whether their account was archived.
    struct Author {
        bool known = false;
        QByteArray publicKey;
        QString role; // Roles::key
        bool deleted = false;
        bool active = true; // a deactivated account speaks for nobody
    };

    // Why a privileged change is refused: stable codes, stored as they are
    // (sync_refused, sync_peers, sync_history) and translated where shown
    // (sync::Refusals::text).
    static constexpr char kFinal[] = "revocation-final";        // an update to a revocation
    static constexpr char kUnsigned[] = "unsigned";             // no author's signature
    static constexpr char kNoAuthor[] = "no-author";            // names no author
    static constexpr char kUnsignedValues[] = "unsigned-values"; // sets a value its author did not sign
    static constexpr char kUnknownAuthor[] = "unknown-author";  // the author is not a user known here
    static constexpr char kAuthorNoKey[] = "author-without-key"; // the author has no key here
    static constexpr char kBadSignature[] = "bad-author-signature"; // not signed by the author's key
    static constexpr char kAuthorRemoved[] = "author-removed";  // the author's account was archived
    static constexpr char kAuthorInactive[] = "author-inactive"; // its author's account was deactivated
    static constexpr char kRole[] = "role";                     // the author did not hold the role
    static constexpr char kFixed[] = "fixed-field"; // changes what is set once for good (a document's content)

    // Columns set when the row is made and never changed, by anyone: what a
    // document is about and its content. A change to one is refused at import.
    static const QStringList &fixedColumns(const QString &table);

    // Checks a received change: empty when it is ordinary or properly signed by
    // an author allowed to make it, else the code of the reason to refuse it.
    // `signature` is the author's (empty when the entry carries none). The
    // author is judged as `at` says they stood when the change was made; without
    // it, as their row stands on this copy now.
    static QString admit(storage::Database &db, const SignedChange &change, const QByteArray &signature,
                         const Author *at = nullptr);
};

} // namespace tamkeen::security
