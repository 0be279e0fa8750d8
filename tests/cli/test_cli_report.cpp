// tamkeen-cli report: the impact indicators of a period, as a supervisor.
#include "cli/CliRun.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tamkeen::test::clirun;

namespace {

QStringList report(const QString &db, const QString &out, const QStringList &more = {})
{
    return QStringList{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                       QStringLiteral("2000-01-01"), QStringLiteral("--to"), QDate::currentDate().toString(Qt::ISODate),
                       QStringLiteral("--out"), out}
           + more;
}

// The households of the caseload's "households" rows by status (not the supported and registered rows).
int caseloadTotal(const QJsonObject &report)
{
    int total = 0;
    for (const QJsonValue &v : report.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString key = r.value(QStringLiteral("key")).toString();
        if (r.value(QStringLiteral("indicator")).toString() == QStringLiteral("caseload")
            && r.value(QStringLiteral("group")).toString() == QStringLiteral("households") && key != QStringLiteral("supported")
            && key != QStringLiteral("registered")) {
            total += r.value(QStringLiteral("value")).toInt();
            CHECK(r.value(QStringLiteral("households")).toArray().size() == r.value(QStringLiteral("value")).toInt());
        }
    }
    return total;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

TEST_CASE("tamkeen-cli report writes every indicator with the households behind each number, for supervisors only",
          "[cli][impact]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    const QMap<QString, QString> env = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                                        {QStringLiteral("TAMKEEN_NEW_PASSWORD"), QStringLiteral("worker-pass-1")}};
    const Run demo = cli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                                     QStringLiteral("40")}
                             + kAsRoot1,
                         env);
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);

    const QString json = dir.filePath(QStringLiteral("all.json"));
    const Run all = cli(report(db, json) + kAsRoot1, kAdminPw);
    INFO(all.err.toStdString());
    REQUIRE(all.code == 0);
    const QJsonObject r = readJson(json);
    CHECK(r.value(QStringLiteral("from")).toString() == QStringLiteral("2000-01-01"));
    CHECK(caseloadTotal(r) == 40); // every demo household registered before today, none archived
    QStringList indicators;
    for (const QJsonValue &v : r.value(QStringLiteral("rows")).toArray()) {
        const QString i = v.toObject().value(QStringLiteral("indicator")).toString();
        if (!indicators.contains(i))
            indicators << i;
    }
    // Sustained exits have rows only when someone exited.
    const bool exited = indicators.contains(QStringLiteral("sustained"));
    CHECK(indicators
          == (exited ? QStringList{QStringLiteral("caseload"), QStringLiteral("exits"), QStringLiteral("sustained"),
                                   QStringLiteral("reentry"), QStringLiteral("independence"), QStringLiteral("work"),
                                   QStringLiteral("plans"), QStringLiteral("referrals"), QStringLiteral("clinic")}
                     : QStringList{QStringLiteral("caseload"), QStringLiteral("exits"), QStringLiteral("reentry"),
                                   QStringLiteral("independence"), QStringLiteral("work"), QStringLiteral("plans"),
                                   QStringLiteral("referrals"), QStringLiteral("clinic")}));

    // The centre init made (CAI) holds them all; a code no centre has is an error, and no file.
    const QString cai = dir.filePath(QStringLiteral("cai.json"));
    REQUIRE(cli(report(db, cai, {QStringLiteral("--centre"), QStringLiteral("CAI"), QStringLiteral("--indicator"),
                                 QStringLiteral("caseload")})
                    + kAsRoot1,
                kAdminPw)
                .code
            == 0);
    CHECK(caseloadTotal(readJson(cai)) == 40);
    const QString none = dir.filePath(QStringLiteral("none.json"));
    const Run unknown = cli(report(db, none, {QStringLiteral("--centre"), QStringLiteral("XYZ")}) + kAsRoot1, kAdminPw);
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("XYZ")));
    CHECK_FALSE(QFile::exists(none));

    // CSV: a BOM for spreadsheets, a header, one line per number.
    const QString csv = dir.filePath(QStringLiteral("exits.csv"));
    REQUIRE(cli(report(db, csv, {QStringLiteral("--indicator"), QStringLiteral("exits"), QStringLiteral("--format"),
                                 QStringLiteral("csv")})
                    + kAsRoot1,
                kAdminPw)
                .code
            == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF" "indicator,group,key,value,households\r\n"));
    CHECK(bytes.contains("exits,rates,positive_rate,"));

    // A field worker may not run it; nothing is written.
    REQUIRE(cli(QStringList{QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("add"), QStringLiteral("omar"),
                            QStringLiteral("--full-name"), QStringLiteral("عمر"), QStringLiteral("--role"),
                            QStringLiteral("field_worker")}
                    + kAsRoot1,
                env)
                .code
            == 0);
    const QString denied = dir.filePath(QStringLiteral("denied.json"));
    const Run worker = cli(report(db, denied) + QStringList{QStringLiteral("--as"), QStringLiteral("omar")},
                           {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("worker-pass-1")}});
    CHECK(worker.code == 1);
    CHECK(worker.err.contains(QStringLiteral("supervisor")));
    CHECK_FALSE(QFile::exists(denied));
}

TEST_CASE("tamkeen-cli report refuses a period that ends before it begins and an unknown indicator", "[cli][impact]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    const QString out = dir.filePath(QStringLiteral("r.json"));
    const Run backwards = cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                          QStringLiteral("2025-03-31"), QStringLiteral("--to"), QStringLiteral("2025-03-01"),
                                          QStringLiteral("--out"), out}
                                  + kAsRoot1,
                              kAdminPw);
    CHECK(backwards.code == 2);
    CHECK(backwards.err.contains(QStringLiteral("before it begins")));
    const Run name = cli(report(db, out, {QStringLiteral("--indicator"), QStringLiteral("happiness")}) + kAsRoot1, kAdminPw);
    CHECK(name.code == 2);
    CHECK(name.err.contains(QStringLiteral("--indicator")));
    const Run level = cli(report(db, out, {QStringLiteral("--level"), QStringLiteral("urgent")}) + kAsRoot1, kAdminPw);
    CHECK(level.code == 2);
    CHECK(level.err.contains(QStringLiteral("--level must be")));
    CHECK_FALSE(QFile::exists(out));
    const Run known = cli(report(db, out, {QStringLiteral("--level"), QStringLiteral("intensive"), QStringLiteral("--indicator"),
                                           QStringLiteral("caseload")})
                              + kAsRoot1,
                          kAdminPw);
    CHECK(known.code == 0);
    CHECK(QFile::exists(out));
    QFile::remove(out);
    // Wellbeing is confidential: asked for by name, an administrator is refused and no file is written.
    const Run secret = cli(report(db, out, {QStringLiteral("--indicator"), QStringLiteral("wellbeing")}) + kAsRoot1,
                           kAdminPw);
    CHECK(secret.code != 0);
    CHECK(secret.err.contains(QStringLiteral("confidential")));
    CHECK_FALSE(QFile::exists(out));
    const Run date = cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                     QStringLiteral("1 March"), QStringLiteral("--to"), QStringLiteral("2025-03-01"),
                                     QStringLiteral("--out"), out}
                             + kAsRoot1,
                         kAdminPw);
    CHECK(date.code == 2);
    CHECK_FALSE(QFile::exists(out));
}
