#include "format/AppSettings.h"

#include <QDir>
#include <QStandardPaths>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

AppSettings::AppSettings(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

QString AppSettings::language() const
{
    const QString lang = m_settings->value(u"ui/language"_s, u"ar"_s).toString();
    return lang == u"en" ? lang : u"ar"_s;
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(u"ui/language"_s, language);
}

text::DigitStyle AppSettings::digitStyle() const
{
    // Unless chosen, digits follow the language: Arabic-Indic in Arabic, Latin in English.
    const QString fallback = language() == u"en" ? u"latin"_s : u"arabic-indic"_s;
    return m_settings->value(u"ui/digits"_s, fallback).toString() == u"latin" ? text::DigitStyle::Latin
                                                                             : text::DigitStyle::ArabicIndic;
}

void AppSettings::setDigitStyle(text::DigitStyle style)
{
    if (style == digitStyle())
        return;
    m_settings->setValue(u"ui/digits"_s, style == text::DigitStyle::Latin ? u"latin"_s : u"arabic-indic"_s);
    emit displayChanged();
}

bool AppSettings::showHijri() const
{
    return m_settings->value(u"ui/hijri"_s, false).toBool();
}

void AppSettings::setShowHijri(bool show)
{
    if (show == showHijri())
        return;
    m_settings->setValue(u"ui/hijri"_s, show);
    emit displayChanged();
}

QString AppSettings::databasePath() const
{
    return m_settings->value(u"storage/database"_s).toString();
}

void AppSettings::setDatabasePath(const QString &path)
{
    m_settings->setValue(u"storage/database"_s, path);
}

int AppSettings::lockAfterMinutes() const
{
    return std::clamp(m_settings->value(u"security/lockAfterMinutes"_s, 10).toInt(), 1, 60);
}

void AppSettings::setLockAfterMinutes(int minutes)
{
    m_settings->setValue(u"security/lockAfterMinutes"_s, std::clamp(minutes, 1, 60));
}

QString AppSettings::backupFolder() const
{
    const QString chosen = m_settings->value(u"backup/folder"_s).toString();
    if (!chosen.isEmpty())
        return chosen;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"backups"_s);
}

void AppSettings::setBackupFolder(const QString &folder) { m_settings->setValue(u"backup/folder"_s, folder); }

bool AppSettings::autoBackup() const { return m_settings->value(u"backup/daily"_s, true).toBool(); }

void AppSettings::setAutoBackup(bool on) { m_settings->setValue(u"backup/daily"_s, on); }

int AppSettings::backupsKept() const { return std::clamp(m_settings->value(u"backup/keep"_s, 7).toInt(), 1, 365); }

void AppSettings::setBackupsKept(int count) { m_settings->setValue(u"backup/keep"_s, std::clamp(count, 1, 365)); }

QString AppSettings::documentsFolder() const
{
    const QString remembered = m_settings->value(u"files/documents"_s).toString();
    if (!remembered.isEmpty() && QDir(remembered).exists())
        return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void AppSettings::rememberDocumentsFolder(const QString &folder) const
{
    m_settings->setValue(u"files/documents"_s, folder);
}

static QString userKey(const QByteArray &userId, const QString &key)
{
    return u"users/"_s + QString::fromLatin1(userId.toHex()) + u'/' + key;
}

QVariant AppSettings::userChoice(const QByteArray &userId, const QString &key) const
{
    return m_settings->value(userKey(userId, key));
}

void AppSettings::rememberUserChoice(const QByteArray &userId, const QString &key, const QVariant &value) const
{
    m_settings->setValue(userKey(userId, key), value);
}

} // namespace tamkeen::ui
