#include "clinic/AppointmentActions.h"

#include "clinic/ClinicText.h"
#include "clinic/RescheduleDialog.h"
#include "clinic/SessionDialog.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"
#include "widgets/WindowGeometry.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

AppointmentActions::AppointmentActions(storage::Database &db, const AppSettings &settings,
                                       const security::Session &session, MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_service(db), m_banner(banner),
      m_details(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_details->setObjectName(u"appointmentDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    auto *row = new QHBoxLayout;
    auto add = [&](const char *name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        row->addWidget(b);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_arrived = add("markArrived", tr("Arrived"), [this] { markArrived(); });
    m_callIn = add("callIn", tr("Call in"), [this] { callIn(); });
    m_record = add("recordSession", tr("Record session…"), [this] { recordSession(); });
    m_noShow = add("noShow", tr("Did not come"), [this] { noShow(); });
    m_cancel = add("cancelAppointment", tr("Cancel appointment…"), [this] { cancelAppointment(); });
    m_reschedule = add("reschedule", tr("Reschedule…"), [this] { reschedule(); });
    row->addStretch(1);
    m_file = add("openFile", tr("Family file"), [this] {
        if (m_current)
            emit openHousehold(m_current->householdId);
    });
    m_arrived->setToolTip(tr("The beneficiary has come to the centre and waits"));
    m_callIn->setToolTip(tr("The counsellor sees the beneficiary now"));
    m_record->setVisible(clinic::mayCounsel(session));
    layout->addLayout(row);
    setAppointment({});
}

QPushButton *AppointmentActions::button(const char *name) const
{
    return findChild<QPushButton *>(QString::fromLatin1(name));
}

void AppointmentActions::setAppointment(const QByteArray &id)
{
    m_current.reset();
    m_noShows = 0;
    if (!id.isEmpty()) {
        auto a = m_service.appointment(id);
        if (a) {
            m_current = a.value();
            auto n = m_service.noShows(a.value().memberId);
            m_noShows = n ? n.value() : 0;
        } else {
            m_banner->showError(a.error().message);
        }
    }
    QString text = tr("Choose an appointment to act on it.");
    if (m_current) {
        const Display display(m_settings);
        text = ClinicText::summary(display, *m_current, m_noShows);
        // Who made the last change, and when (booking included).
        if (auto history = m_service.history(m_current->id); history && !history.value().isEmpty()) {
            const clinic::AppointmentChange &last = history.value().last();
            text += u" — "_s + tr("%1 by %2, %3")
                                   .arg(ClinicText::status(last.status), last.byName,
                                        display.date(last.at.date()) + u' ' + ClinicText::time(display, last.at));
        }
    }
    m_details->setText(text);
    refreshButtons();
}

void AppointmentActions::refreshButtons()
{
    const bool booked = m_current && m_current->status == u"booked";
    const QDate today = QDate::currentDate();
    const QDate day = m_current ? m_current->startsAt.date() : QDate();
    // The queue is today's; the outcome of a day is known once it has come.
    m_arrived->setEnabled(booked && day == today && !m_current->arrivedAt.isValid());
    m_callIn->setEnabled(booked && day == today && !m_current->startedAt.isValid());
    m_record->setEnabled(booked && day <= today);
    m_noShow->setEnabled(booked && day <= today && !m_current->arrivedAt.isValid());
    m_cancel->setEnabled(booked);
    m_reschedule->setEnabled(booked);
    m_file->setEnabled(m_current.has_value());
}

bool AppointmentActions::done(const Status &status, const QString &success)
{
    if (!status) {
        m_banner->showError(status.error().message);
        return false;
    }
    m_banner->showSuccess(success);
    const QByteArray id = m_current->id;
    setAppointment(id);
    emit changed(id);
    return true;
}

bool AppointmentActions::markArrived()
{
    if (!m_current)
        return false;
    return done(m_service.markArrived(m_session, m_current->id),
                tr("%1 has arrived and waits to be called in.").arg(m_current->memberName));
}

bool AppointmentActions::callIn()
{
    if (!m_current)
        return false;
    return done(m_service.markStarted(m_session, m_current->id),
                tr("%1 is being seen by %2.").arg(m_current->memberName, m_current->counsellorName));
}

bool AppointmentActions::noShow()
{
    if (!m_current)
        return false;
    return done(m_service.setStatus(m_session, m_current->id, u"no_show"_s),
                tr("%1 did not come. The appointment is kept as missed.").arg(m_current->memberName));
}

QDialog *AppointmentActions::recordSession()
{
    if (!m_current)
        return nullptr;
    // The dialog is not modal: the counsellor may look at the file while writing.
    auto *from = new clinic::Appointment(*m_current);
    auto *d = new SessionDialog(m_db, m_settings, m_session, from->memberId, from, window());
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QObject::destroyed, this, [from] { delete from; });
    const QByteArray id = from->id;
    connect(d, &SessionDialog::saved, this, [this, id] {
        m_banner->showSuccess(tr("The session is recorded and the appointment marked attended."));
        if (m_current && m_current->id == id)
            setAppointment(id);
        emit changed(id);
    });
    d->show();
    return d;
}

QDialog *AppointmentActions::cancelAppointment()
{
    if (!m_current)
        return nullptr;
    const QByteArray id = m_current->id;
    const QString name = m_current->memberName;
    // "Keep the appointment" rather than a bare "Cancel", which would read like the action itself.
    auto *d = new QDialog(this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setObjectName(u"cancelDialog"_s);
    d->setWindowTitle(tr("Cancel the appointment"));
    auto *layout = new QVBoxLayout(d);
    auto *banner = new MessageBanner(d);
    layout->addWidget(banner);
    auto *question = new QLabel(tr("Why is the appointment of %1 cancelled? The reason is kept with it.").arg(name), d);
    question->setWordWrap(true);
    layout->addWidget(question);
    auto *reason = new QLineEdit(d);
    reason->setObjectName(u"reason"_s);
    layout->addWidget(reason);
    auto *box = new QDialogButtonBox(d);
    QPushButton *confirm = box->addButton(tr("Cancel the appointment"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(u"submit"_s);
    confirm->setDefault(true);
    box->addButton(tr("Keep the appointment"), QDialogButtonBox::RejectRole);
    layout->addWidget(box);
    d->setMinimumWidth(440);
    rememberGeometry(d);
    followLayoutOrder(d);
    connect(box, &QDialogButtonBox::rejected, d, &QDialog::reject);
    connect(confirm, &QPushButton::clicked, d, [this, d, banner, reason, id, name] {
        const Status s = m_service.setStatus(m_session, id, u"cancelled"_s, reason->text());
        if (!s) {
            banner->showError(s.error().message);
            reason->setFocus();
            return;
        }
        d->accept();
        m_banner->showSuccess(tr("The appointment of %1 is cancelled.").arg(name));
        setAppointment(id);
        emit changed(id);
    });
    d->open();
    reason->setFocus();
    return d;
}

RescheduleDialog *AppointmentActions::reschedule()
{
    if (!m_current)
        return nullptr;
    auto *d = new RescheduleDialog(m_db, m_settings, m_session, *m_current, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &RescheduleDialog::rescheduled, this, [this](const QByteArray &newId) {
        m_banner->showSuccess(tr("The appointment is moved; the old one is kept as rescheduled."));
        setAppointment(newId);
        emit changed(newId);
    });
    d->open();
    return d;
}

} // namespace tamkeen::ui
