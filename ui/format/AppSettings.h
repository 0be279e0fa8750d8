#pragma once
// The user's preferences on this computer (QSettings): language, digits, calendar
// and which database to open. Data that must travel between laptops lives in the
// database instead.
#include "text/Digits.h"

#include <QObject>
#include <QSettings>
#include <memory>

namespace tamkeen::ui {

class AppSettings : public QObject {
    Q_OBJECT
public:
    explicit AppSettings(QObject *parent = nullptr);
    // Settings kept in one INI file (tests, portable installs).
    explicit AppSettings(const QString &iniFile, QObject *parent = nullptr);

    QString language() const; // "ar" (default) or "en"
    void setLanguage(const QString &language);

    text::DigitStyle digitStyle() const;
    void setDigitStyle(text::DigitStyle style);

    bool showHijri() const; // Gregorian with the Umm al-Qura date beside it
    void setShowHijri(bool show);

    // Empty means the default location (Database::defaultPath()).
    QString databasePath() const;
    void setDatabasePath(const QString &path);

    // Minutes without a key or a click before the screen locks (10 by
    // default, 1 to 60).
    int lockAfterMinutes() const;
    void setLockAfterMinutes(int minutes);

    // Automatic backups on this computer (docs/backups.md): the folder (by
    // default beside the database's own folder, under "backups"; a USB stick
    // or a second disk is better), whether one is made each day, how many kept.
    QString backupFolder() const;
    void setBackupFolder(const QString &folder);
    bool autoBackup() const; // on by default
    void setAutoBackup(bool on);
    int backupsKept() const; // 7 by default, 1 to 365
    void setBackupsKept(int count);

    // Where documents (PDFs, spreadsheets) are saved and opened: the last folder
    // used, else the user's Documents folder. Remembering it is not a change of
    // the settings a screen shows, so it may be done through a const reference.
    QString documentsFolder() const;
    void rememberDocumentsFolder(const QString &folder) const;

    // A choice one user made on a screen (the dashboard's period and filter),
    // kept per user id on this computer; remembered through a const reference
    // as documentsFolder() is. Invalid when never set.
    QVariant userChoice(const QByteArray &userId, const QString &key) const;
    void rememberUserChoice(const QByteArray &userId, const QString &key, const QVariant &value) const;

signals:
    // Digits or calendar changed: every shown number and date should be redrawn.
    void displayChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace tamkeen::ui
