#include "dialogs/SetupDialog.h"

#include "org/Setup.h"
#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"
#include "widgets/WindowGeometry.h"

#include "registry/DemoGenerator.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

SetupDialog::SetupDialog(storage::Database &db, security::HashCost cost, QWidget *parent)
    : QDialog(parent), m_db(db), m_cost(cost), m_banner(new MessageBanner(this))
{
    setWindowTitle(tr("Set up Tamkeen"));
    setObjectName(u"setupDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Welcome to Tamkeen. Enter your centre, a name for this device and the first "
                                "administrator. You can add the other users afterwards."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);

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

    m_demo = new QCheckBox(tr("Fill the new database with demonstration households (for training; not real people)"), this);
    m_demo->setObjectName(u"demo"_s);
    layout->addWidget(m_demo);

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("Set up"), QDialogButtonBox::AcceptRole);
    m_submit->setDefault(true);
    m_submit->setObjectName(u"submit"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SetupDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    emit completed(session.value());
    accept();
}

} // namespace tamkeen::ui
