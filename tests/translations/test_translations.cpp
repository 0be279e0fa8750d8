// The Arabic translation must be complete: lupdate is run over the sources into a
// copy of tamkeen_ar.ts, so a string added to the code without a translation, an
// unfinished entry, or an entry whose source text is gone all fail here.
#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Entry {
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations;
};

QList<Entry> readTs(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QList<Entry> entries;
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            current = Entry{context, {}, {}, {}};
        else if (name == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plain translations hold text; plural ones hold <numerusform>s.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            entries << current;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return entries;
}

QString tsPath()
{
    return QStringLiteral(TAMKEEN_SOURCE_DIR "/translations/tamkeen_ar.ts");
}

} // namespace

TEST_CASE("Every user-visible string has a finished Arabic translation", "[translations]")
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("tamkeen_ar.ts"));
    REQUIRE(QFile::copy(tsPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(TAMKEEN_SOURCE_DIR));
    lupdate.start(QStringLiteral(TAMKEEN_LUPDATE_PATH),
                  {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app/gui"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-ts"), copy});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);

    QStringList problems;
    const QList<Entry> entries = readTs(copy);
    REQUIRE(entries.size() > 100);
    for (const Entry &e : entries) {
        const QString where = e.context + QStringLiteral(": ") + e.source;
        if (e.type == QLatin1String("unfinished"))
            problems << QStringLiteral("unfinished or missing: ") + where;
        else if (e.type == QLatin1String("vanished") || e.type == QLatin1String("obsolete"))
            problems << QStringLiteral("obsolete: ") + where;
        else if (e.translations.isEmpty() || e.translations.contains(QString()))
            problems << QStringLiteral("empty: ") + where;
    }
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("The Arabic translation is right-to-left and uses the glossary", "[translations]")
{
    QHash<QString, QString> byKey;
    for (const Entry &e : readTs(tsPath()))
        byKey.insert(e.context + QLatin1Char('|') + e.source, e.translations.value(0));
    CHECK(byKey.value(QStringLiteral("QGuiApplication|QT_LAYOUT_DIRECTION")) == QStringLiteral("RTL"));
    // DOMAIN.md glossary terms.
    CHECK(byKey.value(QStringLiteral("tamkeen::ui::MainWindow|Households")).contains(QStringLiteral("الأسر")));
    CHECK(byKey.value(QStringLiteral("Roles|Counsellor")) == QStringLiteral("المستشار"));
    CHECK(byKey.value(QStringLiteral("Roles|Supervisor")) == QStringLiteral("المشرف"));
    CHECK(byKey.value(QStringLiteral("Roles|Field social worker")) == QStringLiteral("الأخصائي الاجتماعي الميداني"));
    CHECK(byKey.value(QStringLiteral("tamkeen::ui::MainWindow|Empowerment clinic")).contains(QStringLiteral("عيادة التمكين")));
    CHECK(byKey.value(QStringLiteral("tamkeen::ui::MainWindow|Referrals")).contains(QStringLiteral("الإحالات")));
}
