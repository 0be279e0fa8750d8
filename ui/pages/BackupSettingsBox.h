#pragma once
// Backups of this computer's database (docs/backups.md): the folder, the
// daily backup and how many are kept (settings of this computer, not of the
// organisation), the latest backup, and «back up now».
#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tamkeen::ui {

class AppSettings;
class BackupRunner;
class MessageBanner;

class BackupSettingsBox : public QGroupBox {
    Q_OBJECT
public:
    BackupSettingsBox(AppSettings &settings, BackupRunner &runner, MessageBanner *banner, QWidget *parent = nullptr);

    void chooseFolder(const QString &folder);
    QPushButton *backUpNowButton() const { return m_now; }
    QCheckBox *dailyBox() const { return m_daily; }
    QSpinBox *keptBox() const { return m_kept; }
    QLabel *latestLabel() const { return m_latest; }

private:
    void showLatest();

    AppSettings &m_settings;
    BackupRunner &m_runner;
    MessageBanner *m_banner;
    QLineEdit *m_folder;
    QCheckBox *m_daily;
    QSpinBox *m_kept;
    QLabel *m_latest;
    QPushButton *m_now;
};

} // namespace tamkeen::ui
