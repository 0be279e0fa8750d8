#include "clinic/RescheduleDialog.h"

#include "clinic/ClinicText.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"
#include "widgets/WindowGeometry.h"
#include "widgets/TimeTyping.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

RescheduleDialog::RescheduleDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                                   const clinic::Appointment &appointment, QWidget *parent)
    : GuardedDialog(parent), m_service(db), m_session(session), m_id(appointment.id), m_banner(new MessageBanner(this)),
      m_date(new DateField(settings, this)), m_time(new QTimeEdit(this)), m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Reschedule the appointment"));
    setObjectName(u"rescheduleDialog"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    const Display display(settings);
    auto *what = new QLabel(tr("%1, now on %2 at %3 with %4.")
                                .arg(appointment.memberName, display.date(appointment.startsAt.date()),
                                     ClinicText::time(display, appointment.startsAt), appointment.counsellorName),
                            this);
    what->setWordWrap(true);
    layout->addWidget(what);
    m_date->setObjectName(u"date"_s);
    m_date->setDate(appointment.startsAt.date());
    m_time->setObjectName(u"time"_s);
    // A time reads left to right in Arabic too (١٠:٣٠), as in the lists. Set
    // before the format: a right-to-left editor reverses the format's sections.
    m_time->setLayoutDirection(Qt::LeftToRight);
    m_time->setDisplayFormat(u"HH:mm"_s);
    TimeTyping::install(m_time);
    m_time->setLocale(settings.digitStyle() == text::DigitStyle::ArabicIndic ? QLocale(QLocale::Arabic, QLocale::SaudiArabia)
                                                                             : QLocale(QLocale::English));
    m_time->setTime(appointment.startsAt.time());
    m_reason->setObjectName(u"reason"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("New date"), m_date);
    form->addRow(tr("New time"), m_time);
    form->addRow(tr("Reason"), m_reason);
    layout->addLayout(form);

    auto *box = new QDialogButtonBox(this);
    QPushButton *save = box->addButton(tr("Reschedule"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"submit"_s);
    setSaveButton(save);
    // Outside the button box, which shows every button again when it lays them out.
    m_anyway = new QPushButton(tr("Book anyway"), this);
    m_anyway->setObjectName(u"bookAnyway"_s);
    m_anyway->hide();
    box->addButton(QDialogButtonBox::Cancel);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_anyway);
    buttonRow->addWidget(box, 1);
    layout->addLayout(buttonRow);
    setMinimumWidth(460);
    rememberGeometry(this);
    followLayoutOrder(this);
    connect(save, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_anyway, &QPushButton::clicked, this, [this] { submit(true); });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto retract = [this] {
        m_anyway->hide();
        if (m_banner->kind() == MessageBanner::Kind::Warning)
            m_banner->clear();
    };
    connect(m_date, &DateField::dateChanged, this, retract);
    connect(m_time, &QTimeEdit::timeChanged, this, retract);
    m_time->setFocus();
}

void RescheduleDialog::submit(bool overlapAccepted)
{
    auto id = m_service.reschedule(m_session, m_id, QDateTime(m_date->date(), m_time->time()), m_reason->text(),
                                   overlapAccepted);
    if (id) {
        emit rescheduled(id.value());
        accept();
        return;
    }
    if (id.error().code == ErrorCode::PossibleDuplicate) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("%1 Choose another time, or book anyway if both can be seen.").arg(id.error().message));
        m_anyway->show();
        return;
    }
    m_banner->showError(id.error().message);
}

} // namespace tamkeen::ui
