// Password rules (issue 15 §3): what a new password must be, checked in core
// for every way a password is set, and the one form of it that is hashed.
#include "security/PasswordHasher.h"
#include "security/PasswordRules.h"
#include "security/UserKeys.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <sodium.h>

using namespace tamkeen;
using namespace tamkeen::security;

TEST_CASE("a new password has ten characters and is not a common or trivial one", "[accounts][passwords]")
{
    CHECK(PasswordRules::weakness(QStringLiteral("nine-char")).contains(QStringLiteral("at least 10")));
    CHECK(PasswordRules::weakness(QStringLiteral("          ")).contains(QStringLiteral("at least 10")));
    CHECK(PasswordRules::weakness(QStringLiteral("ten-chars!")).isEmpty()); // exactly ten: accepted
    // Common ones, whatever the case and whichever digits the keyboard typed.
    CHECK_FALSE(PasswordRules::weakness(QStringLiteral("Password123")).isEmpty());
    CHECK_FALSE(PasswordRules::weakness(QStringLiteral("QWERTYUIOP")).isEmpty());
    CHECK_FALSE(PasswordRules::weakness(QStringLiteral("١٢٣٤٥٦٧٨٩٠")).isEmpty());
    CHECK_FALSE(PasswordRules::weakness(QStringLiteral("كلمةالسر١٢٣")).isEmpty());
    CHECK_FALSE(PasswordRules::weakness(QStringLiteral("ضصثقفغعهخح")).isEmpty()); // qwertyuiop on the Arabic layout
    // Trivial ones not in the list.
    CHECK_FALSE(PasswordRules::weakness(QStringLiteral("zzzzzzzzzzzz")).isEmpty());
    CHECK_FALSE(PasswordRules::weakness(QStringLiteral("9876543210")).isEmpty());
    CHECK_FALSE(PasswordRules::weakness(QStringLiteral("klmnopqrst")).isEmpty());
    // Ordinary good ones, Arabic too.
    CHECK(PasswordRules::weakness(QStringLiteral("correct horse")).isEmpty());
    CHECK(PasswordRules::weakness(QStringLiteral("شجرة الزيتون في الحقل")).isEmpty());
}

TEST_CASE("every way of setting a password applies the rules", "[accounts][passwords]")
{
    auto t = test::makeSetUpDb();
    UserService users(*t->db, HashCost::minimal());
    auto added = users.add(t->admin, {QStringLiteral("salem"), QStringLiteral("سالم"), Role::FieldWorker,
                                      QStringLiteral("password123")});
    REQUIRE_FALSE(added);
    CHECK(added.error().field == QStringLiteral("password"));
    auto id = users.add(t->admin, {QStringLiteral("salem"), QStringLiteral("سالم"), Role::FieldWorker,
                                   QStringLiteral("olive trees 7")});
    REQUIRE(id);
    auto reset = users.resetPassword(t->admin, id.value(), QStringLiteral("1234567890"));
    REQUIRE_FALSE(reset);
    CHECK(reset.error().field == QStringLiteral("password"));
    auto salem = users.login(QStringLiteral("salem"), QStringLiteral("olive trees 7"));
    REQUIRE(salem);
    auto own = users.changeOwnPassword(salem.value(), QStringLiteral("olive trees 7"), QStringLiteral("short"));
    REQUIRE_FALSE(own);
    CHECK(own.error().field == QStringLiteral("password"));
    // Nothing changed: the old password still logs in.
    CHECK(users.login(QStringLiteral("salem"), QStringLiteral("olive trees 7")));
}

TEST_CASE("a password typed with presentation forms is the same password", "[accounts][passwords]")
{
    // لا typed as two letters on one keyboard, as the one ligature U+FEFB on another.
    const QString letters = QStringLiteral("بيت لاجئين ١٠");
    QString ligature = letters;
    ligature.replace(QStringLiteral("لا"), QString(QChar(0xFEFB)));
    REQUIRE(ligature != letters);
    REQUIRE(PasswordRules::normalized(ligature) == PasswordRules::normalized(letters));

    PasswordHasher hasher(HashCost::minimal());
    auto hash = hasher.hash(letters);
    REQUIRE(hash);
    CHECK(hasher.verify(hash.value(), ligature));
    CHECK_FALSE(hasher.verify(hash.value(), QStringLiteral("بيت لاجئين ١١")));
    auto keys = UserKeys::make(ligature, HashCost::minimal());
    REQUIRE(keys);
    CHECK(UserKeys::unwrap(keys.value().wrapped, letters));
}

TEST_CASE("a password hashed as typed before normalisation still logs in", "[accounts][passwords]")
{
    // What an earlier version stored: the hash of the text as typed.
    const QString typed = QStringLiteral("ﻻ تنس المفتاح");
    REQUIRE(PasswordRules::normalized(typed) != typed);
    PasswordHasher hasher(HashCost::minimal());
    QByteArray utf8 = typed.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    REQUIRE(crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_MIN,
                              crypto_pwhash_MEMLIMIT_MIN)
            == 0);
    CHECK(hasher.verify(QString::fromLatin1(out), typed));
    CHECK_FALSE(hasher.verify(QString::fromLatin1(out), QStringLiteral("ﻻ تنس المفتاح!")));
}
