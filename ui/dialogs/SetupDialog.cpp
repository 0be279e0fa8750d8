#include "dialogs/SetupDialog.h"

#include "dialogs/RecoveryKeyDialog.h"
#include "security/FileKeys.h"

#include "org/DeviceInfo.h"
#include "org/Setup.h"
#include "sync/Enrolment.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"
#include "widgets/WindowGeometry.h"

#include "registry/DemoGenerator.h"

#include <QCheckBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

SetupDialog::SetupDialog(storage::Database &db, const AppSettings &settings, security::HashCost cost, QWidget *parent)
    : QDialog(parent), m_db(db), m_settings(settings), m_cost(cost), m_banner(new MessageBanner(this))
{
    setWindowTitle(tr("Set up Tamkeen"));
    setObjectName(u"setupDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *welcome = new QLabel(tr("Welcome to Tamkeen."), this);
    layout->addWidget(welcome);
    m_newChoice = new QRadioButton(tr("Start a new organisation"), this);
    m_newChoice->setObjectName(u"newOrganisation"_s);
    m_newChoice->setChecked(true);
    m_joinChoice = new QRadioButton(tr("Join with an enrolment file"), this);
    m_joinChoice->setObjectName(u"joinOrganisation"_s);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_newChoice);
    choices->addWidget(m_joinChoice);
    choices->addStretch(1);
    layout->addLayout(choices);
    layout->addWidget(m_banner);
    auto *intro = new QLabel(tr("Enter your centre, a name for this device and the first administrator. You can add "
                                "the other users afterwards."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_newParts << intro;

    // Joining: the file and passphrase an administrator gave for this laptop.
    m_joinBox = new QGroupBox(tr("Enrolment file"), this);
    auto *joinLayout = new QVBoxLayout(m_joinBox);
    auto *joinIntro = new QLabel(tr("An administrator enrolled this laptop on the Devices screen of the organisation's "
                                    "computer and gave you the enrolment file and, separately, its passphrase. The "
                                    "laptop's number, its centre and the organisation's accounts come from the file: "
                                    "afterwards, log in with your own account."),
                                 m_joinBox);
    joinIntro->setWordWrap(true);
    joinLayout->addWidget(joinIntro);
    auto *joinForm = new QFormLayout;
    m_enrolmentFile = addLine(u"enrolmentFile"_s);
    m_enrolmentFile->setLayoutDirection(Qt::LeftToRight);
    auto *choose = new QPushButton(tr("Choose…"), m_joinBox);
    choose->setObjectName(u"chooseEnrolmentFile"_s);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = files::openDocument(this, m_settings, tr("Enrolment file"),
                                                 tr("Enrolment files (*.tamkeen-enrol)"));
        if (!path.isEmpty())
            m_enrolmentFile->setText(QDir::toNativeSeparators(path));
    });
    choose->setMinimumWidth(choose->fontMetrics().horizontalAdvance(choose->text()) + 40);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_enrolmentFile, 1);
    fileRow->addWidget(choose);
    m_passphrase = addLine(u"passphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    joinForm->addRow(tr("File"), fileRow);
    joinForm->addRow(tr("Passphrase"), m_passphrase);
    joinLayout->addLayout(joinForm);
    layout->addWidget(m_joinBox);

    auto *centre = new QGroupBox(tr("Service centre"), this);
    auto *centreForm = new QFormLayout(centre);
    m_centreCode = addLine(u"centreCode"_s);
    m_centreCode->setPlaceholderText(tr("e.g. RUH"));
    m_centreCode->setMaxLength(6);
    m_centreCode->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z][A-Za-z0-9]{0,5}"_s), this));
    m_centreCode->setLayoutDirection(Qt::LeftToRight);
    m_centreCode->setToolTip(tr("Latin letters and digits; every file number of the centre starts with it."));
    m_centreName = addLine(u"centreName"_s);
    m_region = addLine(u"region"_s);
    centreForm->addRow(tr("Centre code"), m_centreCode);
    centreForm->addRow(tr("Centre name"), m_centreName);
    centreForm->addRow(tr("Region / governorate"), m_region);
    layout->addWidget(centre);
    m_newParts << centre;

    auto *device = new QGroupBox(tr("This device"), this);
    auto *deviceForm = new QFormLayout(device);
    m_deviceName = addLine(u"deviceName"_s);
    m_deviceName->setPlaceholderText(tr("e.g. Laptop of the Al-Kharj branch"));
    m_deviceNumber = new QSpinBox(this);
    m_deviceNumber->setRange(1, 999);
    m_deviceNumber->setToolTip(tr("Give each laptop of the centre its own number, so file numbers never repeat."));
    m_fields.insert(u"deviceNumber"_s, m_deviceNumber);
    deviceForm->addRow(tr("Device name"), m_deviceName);
    deviceForm->addRow(tr("Device number"), m_deviceNumber);
    layout->addWidget(device);
    m_newParts << device;

    auto *admin = new QGroupBox(tr("First administrator"), this);
    auto *adminForm = new QFormLayout(admin);
    m_username = addLine(u"username"_s);
    m_username->setLayoutDirection(Qt::LeftToRight);
    m_fullName = addLine(u"fullName"_s);
    m_password = addLine(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = addLine(u"confirm"_s);
    m_confirm->setEchoMode(QLineEdit::Password);
    adminForm->addRow(tr("User name"), m_username);
    adminForm->addRow(tr("Full name"), m_fullName);
    adminForm->addRow(tr("Password"), m_password);
    adminForm->addRow(tr("Password again"), m_confirm);
    layout->addWidget(admin);
    m_newParts << admin;

    m_demo = new QCheckBox(tr("Fill the new database with demonstration households (for training; not real people)"), this);
    m_demo->setObjectName(u"demo"_s);
    layout->addWidget(m_demo);
    m_newParts << m_demo;

    // The dialog keeps the new organisation's size: the join form, shorter, sits on top.
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("Set up"), QDialogButtonBox::AcceptRole);
    m_submit->setDefault(true);
    m_submit->setObjectName(u"submit"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { m_joinChoice->isChecked() ? submitJoin() : submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_joinChoice, &QRadioButton::toggled, this, &SetupDialog::showChoice);
    showChoice();
    setMinimumWidth(520);
    rememberGeometry(this);
    followLayoutOrder(this);
}

QLineEdit *SetupDialog::addLine(const QString &name)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    m_fields.insert(name, edit);
    return edit;
}

void SetupDialog::showChoice()
{
    const bool join = m_joinChoice->isChecked();
    for (QWidget *w : m_newParts)
        w->setVisible(!join);
    m_joinBox->setVisible(join);
    m_submit->setText(join ? tr("Join") : tr("Set up"));
    m_banner->clear();
}

void SetupDialog::submitJoin()
{
    const QString path = QDir::fromNativeSeparators(m_enrolmentFile->text().trimmed());
    if (path.isEmpty()) {
        m_banner->showError(tr("Choose the enrolment file the administrator gave you."));
        m_enrolmentFile->setFocus();
        return;
    }
    m_submit->setEnabled(false);
    setCursor(Qt::WaitCursor);
    const Status s = sync::Enrolment::join(m_db, path, m_passphrase->text());
    unsetCursor();
    m_submit->setEnabled(true);
    if (!s) {
        m_banner->showError(s.error().message);
        (s.error().field == u"passphrase" ? m_passphrase : m_enrolmentFile)->setFocus();
        return;
    }
    emit joined();
    accept();
}

void SetupDialog::submit()
{
    if (m_password->text() != m_confirm->text()) {
        m_banner->showError(tr("The two passwords are not the same. Type them again."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    org::SetupRequest r;
    r.centreCode = m_centreCode->text();
    r.centreName = m_centreName->text();
    r.region = m_region->text();
    r.deviceName = m_deviceName->text();
    r.deviceNumber = m_deviceNumber->value();
    r.adminUsername = m_username->text();
    r.adminFullName = m_fullName->text();
    r.adminPassword = m_password->text();

    m_submit->setEnabled(false);
    setCursor(Qt::WaitCursor);
    auto session = org::Setup::run(m_db, r, m_cost);
    unsetCursor();
    m_submit->setEnabled(true);
    if (!session) {
        m_banner->showError(session.error().message);
        if (QWidget *field = m_fields.value(session.error().field))
            field->setFocus();
        return;
    }
    if (m_demo->isChecked()) {
        setCursor(Qt::WaitCursor);
        registry::DemoOptions demo;
        demo.households = 300;
        auto filled = registry::DemoGenerator::generate(m_db, session.value(), demo);
        unsetCursor();
        if (!filled) // the database is set up; only the examples are missing
            m_banner->showError(filled.error().message);
    }
    showRecoveryKey(session.value());
}

// The organisation's recovery key, made now and shown once; setup is
// complete when the administrator has kept it.
void SetupDialog::showRecoveryKey(const security::Session &session)
{
    auto key = security::FileKeys::makeRecoveryKey(m_db, session);
    if (!key) { // the database is set up; a recovery key can be made later
        m_banner->showError(key.error().message);
        emit completed(session);
        accept();
        return;
    }
    auto device = org::Devices::thisDevice(m_db);
    m_recovery = new RecoveryKeyDialog(key.value(), device ? device.value() : org::DeviceInfo{}, m_settings, this);
    m_recovery->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_recovery, &QDialog::accepted, this, [this, session] {
        emit completed(session);
        accept();
    });
    hide();
    m_recovery->show();
}

} // namespace tamkeen::ui
