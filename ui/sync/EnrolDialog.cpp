#include "sync/EnrolDialog.h"

#include "format/AppSettings.h"
#include "sync/OffUiThread.h"
#include "sync/Snapshot.h"
#include "widgets/FileDialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

EnrolDialog::EnrolDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                         QWidget *parent)
    : FormDialog(tr("Enrol a laptop"), tr("Enrol and save the file"), parent), m_db(db), m_settings(settings),
      m_session(session)
{
    setObjectName(u"enrolDialog"_s);
    auto *about = new QLabel(tr("The new laptop starts from the enrolment file: give it the file and, separately, "
                                "the passphrase. Its number is reserved now and reaches the other computers with "
                                "the next export."),
                             this);
    about->setWordWrap(true);
    // Above the form, where the dialog's layout gives a wrapped text its height.
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(1, about);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("e.g. Laptop of the Al-Kharj branch"));
    m_centre = new QComboBox(this);
    m_centre->setObjectName(u"centre"_s);
    if (auto centres = sync::Enrolment::centres(db))
        for (const sync::EnrolCentre &c : centres.value())
            m_centre->addItem(u"%1 (%2)"_s.arg(c.name, c.code), c.code);
    // What it receives (docs/sync-format.md, "Scoped exports"): a field
    // laptop only its centre's families; a hub everything.
    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"scope"_s);
    m_scope->addItem(tr("Its centre's families"), u"centre"_s);
    m_scope->addItem(tr("Its region's families"), u"region"_s);
    m_scope->addItem(tr("Every family (a hub)"), u"all"_s);
    m_scope->setToolTip(tr("The data of other centres' families never reaches a laptop that receives only its "
                           "centre's: if it is lost, they are not on it."));
    m_number = new QSpinBox(this);
    m_number->setObjectName(u"number"_s);
    m_number->setRange(1, sync::Enrolment::kMaxNumber);
    if (auto next = sync::Enrolment::nextFreeNumber(db))
        m_number->setValue(next.value());
    m_number->setToolTip(tr("The next free number is suggested. Every laptop has its own, so file numbers never "
                            "repeat."));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(u"passphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(u"confirm"_s);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"file"_s);
    m_file->setLayoutDirection(Qt::LeftToRight);
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(u"chooseFile"_s);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString suggested = (m_name->text().trimmed().isEmpty() ? tr("laptop") : m_name->text().trimmed())
                                  + u".tamkeen-enrol"_s;
        const QString path = files::saveDocument(this, m_settings, tr("Save the enrolment file"), suggested,
                                                 tr("Enrolment files (*.tamkeen-enrol)"));
        if (!path.isEmpty())
            m_file->setText(QDir::toNativeSeparators(path));
    });
    choose->setMinimumWidth(choose->fontMetrics().horizontalAdvance(choose->text()) + 40);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    m_form->addRow(tr("Laptop name"), m_name);
    m_form->addRow(tr("Centre"), m_centre);
    m_form->addRow(tr("Receives"), m_scope);
    m_form->addRow(tr("Device number"), m_number);
    m_form->addRow(tr("Passphrase"), m_passphrase);
    m_form->addRow(tr("Passphrase again"), m_confirm);
    m_form->addRow(tr("Enrolment file"), fileRow);
    m_snapshot = new QCheckBox(tr("Save this computer's data beside it, for the laptop to start from"), this);
    m_snapshot->setObjectName(u"snapshot"_s);
    m_snapshot->setToolTip(tr("A snapshot file next to the enrolment file: the new laptop imports it once and has "
                              "what it receives of this computer's data, instead of receiving the whole history in "
                              "packages."));
    m_form->addRow(QString(), m_snapshot);
    m_fields = {{u"name"_s, m_name},     {u"centre"_s, m_centre},         {u"scope"_s, m_scope},
                {u"number"_s, m_number}, {u"passphrase"_s, m_passphrase}, {u"confirm"_s, m_confirm},
                {u"file"_s, m_file}};
    finishLayout();
}

Status EnrolDialog::save()
{
    if (m_passphrase->text() != m_confirm->text()) {
        m_confirm->clear();
        return makeError(ErrorCode::Invalid, tr("The two passphrases are not the same. Type them again."), u"confirm"_s);
    }
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose where to save the enrolment file."), u"file"_s);
    setCursor(Qt::WaitCursor);
    auto enrolled = sync::Enrolment::enrol(m_db, m_session,
                                           {m_name->text(), m_centre->currentData().toString(), m_number->value(),
                                            m_scope->currentData().toString()},
                                           path, m_passphrase->text(), m_cost);
    if (!enrolled) {
        unsetCursor();
        return enrolled.error();
    }
    m_enrolled = enrolled.value();
    // After the enrolment: the laptop takes only a snapshot made since. If it
    // cannot be written (a full disk), the laptop is enrolled all the same
    // and receives the data in packages; the Devices screen says so.
    if (m_snapshot->isChecked()) {
        const QString snapshot = QFileInfo(path).dir().filePath(QFileInfo(path).completeBaseName() + u"."_s
                                                                + QLatin1String(sync::Snapshot::kSuffix));
        // Seconds for a big centre: on a worker, the window painting meanwhile.
        Result<sync::SnapshotSummary> written = makeError(ErrorCode::Io, QString());
        const Status opened = runOffUiThread(
            m_db,
            [&](storage::Database &db) {
                // Only what the new laptop receives.
                auto scope = sync::Scope::ofDevice(db, m_enrolled.id);
                written = scope ? sync::Snapshot::write(db, m_session, snapshot, scope.value())
                                : Result<sync::SnapshotSummary>(scope.error());
            },
            QEventLoop::ExcludeUserInputEvents);
        if (opened && written)
            m_snapshotPath = snapshot;
        else
            m_snapshotError = opened ? written.error().message : opened.error().message;
    }
    unsetCursor();
    return {};
}

} // namespace tamkeen::ui
