#pragma once
// What a password must be (issue 15 §3), and the one form of it that is
// hashed: the same on every laptop, whichever keyboard typed it.
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tamkeen::security {

class PasswordRules {
    Q_DECLARE_TR_FUNCTIONS(PasswordRules)
public:
    static constexpr int kMinLength = 10;

    // NFKC: presentation forms (a lam-alef typed as one ligature), full-width
    // letters and the like become the characters they stand for.
    static QString normalized(const QString &password);
    // The forms a password may have been hashed in: the normal form, then as
    // typed when that differs (accounts from before normalisation).
    static QStringList forms(const QString &password);

    // Why the password may not be used (translated), or empty: shorter than
    // kMinLength characters, one character repeated, a run of the keyboard or
    // the digits, or among the most common passwords (ignoring case and
    // whether digits are Arabic-Indic or Latin).
    static QString weakness(const QString &password);
};

} // namespace tamkeen::security
