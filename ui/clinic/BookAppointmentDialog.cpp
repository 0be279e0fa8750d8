#include "clinic/BookAppointmentDialog.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "registry/Forms.h"
#include "registry/Vocabulary.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"
#include "widgets/WindowGeometry.h"
#include "widgets/TimeTyping.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

BookAppointmentDialog::BookAppointmentDialog(storage::Database &db, const AppSettings &settings,
                                             const security::Session &session, const QByteArray &memberId,
                                             QWidget *parent)
    : GuardedDialog(parent), m_db(db), m_settings(settings), m_session(session), m_appointments(db), m_households(db),
      m_banner(new MessageBanner(this)), m_search(new QLineEdit(this)), m_results(new QListWidget(this)),
      m_family(new QLabel(this)), m_member(new QComboBox(this)), m_counsellor(new QComboBox(this)),
      m_place(termCombo(clinic::ClinicVocabulary::places(), false, this)), m_date(new DateField(settings, this)),
      m_time(new QTimeEdit(this)), m_duration(new QSpinBox(this)), m_types(new QListWidget(this)),
      m_note(new QLineEdit(this)), m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Book an appointment"));
    setObjectName(u"bookAppointmentDialog"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);

    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Find the family: name, file number, ID or phone"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(u"results"_s);
    m_results->setMaximumHeight(110);
    // A long name wraps; a horizontal scroll bar would cover the last family found.
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setWordWrap(true);
    m_results->setResizeMode(QListView::Adjust);
    m_family->setObjectName(u"family"_s);
    m_family->setWordWrap(true);
    m_member->setObjectName(u"member"_s);
    m_counsellor->setObjectName(u"counsellor"_s);
    m_place->setObjectName(u"place"_s);
    m_date->setObjectName(u"date"_s);
    m_time->setObjectName(u"time"_s);
    // A time reads left to right in Arabic too (١٠:٣٠), as in the lists. Set
    // before the format: a right-to-left editor reverses the format's sections.
    m_time->setLayoutDirection(Qt::LeftToRight);
    m_time->setDisplayFormat(u"HH:mm"_s);
    TimeTyping::install(m_time);
    m_duration->setObjectName(u"duration"_s);
    m_duration->setRange(5, 480);
    m_duration->setSingleStep(15);
    m_duration->setValue(30);
    m_duration->setSuffix(tr(" minutes"));
    const bool arabicDigits = settings.digitStyle() == text::DigitStyle::ArabicIndic;
    const QLocale digits = arabicDigits ? QLocale(QLocale::Arabic, QLocale::SaudiArabia) : QLocale(QLocale::English);
    m_time->setLocale(digits);
    m_duration->setLocale(digits);
    m_types->setObjectName(u"types"_s);
    // Types side by side in rows, so that six fit without scrolling.
    m_types->setFlow(QListView::LeftToRight);
    m_types->setWrapping(true);
    m_types->setResizeMode(QListView::Adjust);
    m_types->setSpacing(2);
    m_types->setMaximumHeight(72);
    auto types = clinic::ClinicVocabulary::sessionTypes(db);
    for (const clinic::SessionType &t : types ? types.value() : clinic::ClinicVocabulary::builtInSessionTypes()) {
        auto *item = new QListWidgetItem(t.label, m_types);
        item->setData(Qt::UserRole, t.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_note->setObjectName(u"note"_s);
    if (auto counsellors = m_appointments.counsellors())
        for (const auto &c : counsellors.value())
            m_counsellor->addItem(c.name, c.id);
    else
        m_banner->showError(counsellors.error().message);
    if (clinic::mayCounsel(session))
        setCounsellor(session.userId);
    // Not the clock time: the next half hour in working hours where it fits.
    setStart(clinic::AppointmentService::nextSlot(QDateTime::currentDateTime(), m_duration->value()));

    auto *form = new QFormLayout;
    form->addRow(tr("Family"), m_search);
    form->addRow(QString(), m_results);
    form->addRow(QString(), m_family);
    form->addRow(tr("Family member"), m_member);
    form->addRow(tr("Counsellor"), m_counsellor);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Time"), m_time);
    m_hoursWarning = new QLabel(this);
    m_hoursWarning->setObjectName(u"hoursWarning"_s);
    m_hoursWarning->setWordWrap(true);
    m_hoursWarning->setStyleSheet(u"color:#663c00;"_s);
    form->addRow(QString(), m_hoursWarning);
    form->addRow(tr("Duration"), m_duration);
    form->addRow(tr("Consultation"), m_types);
    form->addRow(tr("Place"), m_place);
    form->addRow(tr("Note"), m_note);
    layout->addLayout(form);

    auto *box = new QDialogButtonBox(this);
    m_book = box->addButton(tr("Book"), QDialogButtonBox::AcceptRole);
    m_book->setObjectName(u"submit"_s);
    setSaveButton(m_book);
    // Outside the button box, which shows every button again when it lays them
    // out: "Book anyway" is there only while a clash is shown.
    m_anyway = new QPushButton(tr("Book anyway"), this);
    m_anyway->setObjectName(u"bookAnyway"_s);
    m_anyway->hide();
    box->addButton(QDialogButtonBox::Cancel);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_anyway);
    buttonRow->addWidget(box, 1);
    layout->addLayout(buttonRow);
    ignoreChanges(m_search); // looking for a family is not an entry to lose
    setMinimumWidth(560);
    rememberGeometry(this);
    followLayoutOrder(this);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &BookAppointmentDialog::runSearch);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_hits.size())
            chooseHousehold(m_hits[row].householdId, m_hits[row].memberId);
    });
    connect(m_book, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_anyway, &QPushButton::clicked, this, [this] { submit(true); });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A warning is about one counsellor and time: changing them asks again.
    connect(m_counsellor, &QComboBox::currentIndexChanged, this, &BookAppointmentDialog::retractWarning);
    connect(m_date, &DateField::dateChanged, this, &BookAppointmentDialog::retractWarning);
    connect(m_time, &QTimeEdit::timeChanged, this, &BookAppointmentDialog::retractWarning);
    connect(m_duration, &QSpinBox::valueChanged, this, &BookAppointmentDialog::retractWarning);
    connect(m_time, &QTimeEdit::timeChanged, this, &BookAppointmentDialog::checkHours);
    connect(m_date, &DateField::dateChanged, this, &BookAppointmentDialog::checkHours);
    connect(m_duration, &QSpinBox::valueChanged, this, &BookAppointmentDialog::checkHours);
    checkHours();
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    if (!memberId.isEmpty()) {
        auto member = m_households.members().member(memberId);
        if (member)
            chooseHousehold(member.value().householdId, memberId);
        else
            m_banner->showError(member.error().message);
    }
    (memberId.isEmpty() ? static_cast<QWidget *>(m_search) : m_counsellor)->setFocus();
}

void BookAppointmentDialog::setCounsellor(const QByteArray &counsellorId)
{
    if (const int i = m_counsellor->findData(counsellorId); i >= 0)
        m_counsellor->setCurrentIndex(i);
}

void BookAppointmentDialog::setStart(const QDateTime &start)
{
    m_date->setDate(start.date());
    m_time->setTime(start.time());
}

bool BookAppointmentDialog::checkType(const QString &code, bool checked)
{
    for (int r = 0; r < m_types->count(); ++r)
        if (m_types->item(r)->data(Qt::UserRole).toString() == code) {
            m_types->item(r)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    return false;
}

void BookAppointmentDialog::runSearch()
{
    m_debounce->stop();
    const QString query = m_search->text().trimmed();
    m_results->blockSignals(true);
    m_results->clear();
    m_hits.clear();
    if (!query.isEmpty()) {
        auto hits = registry::SearchIndex::search(m_db, query, 30);
        if (hits)
            m_hits = hits.value();
        else
            m_banner->showError(hits.error().message);
    }
    for (const registry::SearchHit &h : std::as_const(m_hits)) {
        QString text = u"%1 — %2"_s.arg(Display::ltr(h.fileNumber), h.headName);
        if (!h.memberName.isEmpty() && h.memberName != h.headName)
            text += u" — "_s + tr("found: %1").arg(h.memberName);
        m_results->addItem(text);
    }
    m_results->blockSignals(false);
    if (!query.isEmpty() && m_hits.isEmpty())
        m_family->setText(tr("No family found. Try another spelling, the file number or a phone number."));
}

bool BookAppointmentDialog::chooseHousehold(const QByteArray &householdId, const QByteArray &memberId)
{
    auto household = m_households.household(householdId);
    auto members = m_households.members().members(householdId);
    if (!household || !members) {
        m_banner->showError(!household ? household.error().message : members.error().message);
        return false;
    }
    m_member->clear();
    QString head;
    for (const registry::Member &m : members.value()) {
        m_member->addItem(u"%1 — %2"_s.arg(m.fullName(), Vocabulary::label(Vocabulary::relations(), m.relation)), m.id);
        if (m.relation == u"head")
            head = m.fullName();
    }
    int chosen = m_member->findData(memberId);
    if (chosen < 0)
        for (int i = 0; i < members.value().size(); ++i)
            if (members.value()[i].relation == u"head")
                chosen = i;
    m_member->setCurrentIndex(std::max(0, chosen));
    m_family->setText(tr("File %1 — %2").arg(Display::ltr(household.value().fileNumber), head));
    return true;
}

clinic::AppointmentData BookAppointmentDialog::data() const
{
    clinic::AppointmentData d;
    d.memberId = m_member->currentData().toByteArray();
    d.counsellorId = m_counsellor->currentData().toByteArray();
    d.startsAt = QDateTime(m_date->date(), m_time->time());
    d.durationMin = m_duration->value();
    for (int r = 0; r < m_types->count(); ++r)
        if (m_types->item(r)->checkState() == Qt::Checked)
            d.types << m_types->item(r)->data(Qt::UserRole).toString();
    d.place = m_place->currentData().toString();
    d.note = m_note->text();
    return d;
}

void BookAppointmentDialog::submit(bool overlapAccepted)
{
    auto id = m_appointments.book(m_session, data(), overlapAccepted);
    if (id) {
        emit booked(id.value());
        accept();
        return;
    }
    const Error &e = id.error();
    if (e.code == ErrorCode::PossibleDuplicate) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("%1 Choose another time, or book anyway if both can be seen.").arg(e.message));
        m_anyway->show();
        m_anyway->setFocus();
        return;
    }
    m_banner->showError(e.message);
    focusField(e.field);
}

void BookAppointmentDialog::checkHours()
{
    using clinic::AppointmentService;
    const QDateTime start(m_date->date(), m_time->time());
    const bool inside = AppointmentService::withinWorkingHours(start, m_duration->value());
    const Display display(m_settings);
    m_hoursWarning->setText(inside ? QString()
                                   : tr("Outside working hours (%1 to %2). Book it only if the family and the "
                                        "counsellor agreed to this time.")
                                         .arg(display.time(AppointmentService::workdayStart()),
                                              display.time(AppointmentService::workdayEnd())));
    m_hoursWarning->setVisible(!inside);
}

void BookAppointmentDialog::retractWarning()
{
    if (!m_anyway->isVisible())
        return;
    m_anyway->hide();
    m_banner->clear();
}

void BookAppointmentDialog::focusField(const QString &field)
{
    const QHash<QString, QWidget *> fields = {{u"member"_s, m_member->count() ? static_cast<QWidget *>(m_member) : m_search},
                                              {u"counsellor"_s, m_counsellor}, {u"startsAt"_s, m_time},
                                              {u"duration"_s, m_duration},     {u"types"_s, m_types},
                                              {u"place"_s, m_place}};
    if (QWidget *w = fields.value(field))
        w->setFocus();
}

} // namespace tamkeen::ui
