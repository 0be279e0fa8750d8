#include "pages/BackupSettingsBox.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "shell/BackupRunner.h"
#include "storage/BackupFolder.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

BackupSettingsBox::BackupSettingsBox(AppSettings &settings, BackupRunner &runner, MessageBanner *banner, QWidget *parent)
    : QGroupBox(tr("Backups of this computer's database"), parent), m_settings(settings), m_runner(runner),
      m_banner(banner), m_folder(new QLineEdit(this)), m_daily(new QCheckBox(tr("Make a backup every day"), this)),
      m_kept(new QSpinBox(this)), m_latest(new QLabel(this)), m_now(new QPushButton(tr("Back up now"), this))
{
    setObjectName(u"backupBox"_s);
    auto *form = new QFormLayout(this);
    auto *help = new QLabel(tr("A backup is encrypted and opens with the same passwords as this database. Keep them "
                               "on a USB stick or another disk, so that a broken or lost laptop does not take them too."),
                            this);
    help->setWordWrap(true);
    form->addRow(help);
    auto *folderRow = new QHBoxLayout;
    m_folder->setReadOnly(true);
    m_folder->setLayoutDirection(Qt::LeftToRight);
    m_folder->setText(QDir::toNativeSeparators(settings.backupFolder()));
    auto *choose = new QPushButton(tr("Choose…"), this);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    form->addRow(tr("Backup folder"), folderRow);
    m_daily->setChecked(settings.autoBackup());
    form->addRow(QString(), m_daily);
    m_kept->setRange(1, 365);
    m_kept->setValue(settings.backupsKept());
    m_kept->setObjectName(u"backupsKept"_s);
    form->addRow(tr("Backups kept (the oldest are removed)"), m_kept);
    m_latest->setObjectName(u"latestBackup"_s);
    form->addRow(tr("Latest backup"), m_latest);
    m_now->setObjectName(u"backUpNow"_s);
    form->addRow(QString(), m_now);
    showLatest();

    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_settings.backupFolder());
        if (!folder.isEmpty())
            chooseFolder(folder);
    });
    connect(m_daily, &QCheckBox::toggled, this, [this](bool on) { m_settings.setAutoBackup(on); });
    connect(m_kept, &QSpinBox::valueChanged, this, [this](int n) { m_settings.setBackupsKept(n); });
    connect(m_now, &QPushButton::clicked, this, [this] { m_runner.backUpNow(); });
    connect(&runner, &BackupRunner::started, this, [this] {
        m_now->setEnabled(false);
        m_banner->showInfo(tr("Making a backup… You can go on working."));
    });
    connect(&runner, &BackupRunner::finished, this, [this](const QString &path, const QString &error) {
        m_now->setEnabled(true);
        showLatest();
        if (error.isEmpty())
            m_banner->showSuccess(tr("The backup was made: %1").arg(Display::ltr(QDir::toNativeSeparators(path))));
        else
            m_banner->showError(error);
    });
}

void BackupSettingsBox::chooseFolder(const QString &folder)
{
    m_settings.setBackupFolder(folder);
    m_folder->setText(QDir::toNativeSeparators(folder));
    showLatest();
}

void BackupSettingsBox::showLatest()
{
    const QDateTime latest = storage::BackupFolder(m_settings.backupFolder()).latest();
    m_latest->setText(latest.isValid() ? Display(m_settings).moment(latest.toLocalTime()) : tr("None yet"));
}

} // namespace tamkeen::ui
