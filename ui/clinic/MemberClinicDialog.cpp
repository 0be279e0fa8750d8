#include "clinic/MemberClinicDialog.h"

#include "clinic/AppointmentService.h"
#include "clinic/AssessmentDialog.h"
#include "clinic/AssessmentService.h"
#include "clinic/BookAppointmentDialog.h"
#include "clinic/ClinicText.h"
#include "clinic/ClinicVocabulary.h"
#include "clinic/ScoreChart.h"
#include "clinic/SessionDialog.h"
#include "clinic/SessionService.h"
#include "format/AppSettings.h"
#include "storage/Database.h"
#include "format/Display.h"
#include "plans/PlanDialog.h"
#include "registry/HouseholdService.h"
#include "widgets/Heading.h"
#include "widgets/MessageBanner.h"
#include "widgets/WindowGeometry.h"

#include "widgets/ReadOnlyTable.h"
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::clinic::ClinicVocabulary;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

namespace {


void fill(QTableWidget *t, const QList<QStringList> &rows)
{
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(rows[r][c]));
}

} // namespace

MemberClinicDialog::MemberClinicDialog(storage::Database &db, const AppSettings &settings,
                                       const security::Session &session, const QByteArray &memberId, QWidget *parent)
    : QDialog(parent), m_db(db), m_settings(settings), m_session(session), m_memberId(memberId),
      m_banner(new MessageBanner(this)), m_header(heading(QString(), this, 1.3)), m_file(new QLabel(this)),
      m_missed(new QLabel(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(u"memberClinicDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    m_header->setTextFormat(Qt::PlainText);
    m_missed->setObjectName(u"missed"_s);

    auto *actions = new QHBoxLayout;
    const auto button = [&](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        actions->addWidget(b);
        return b;
    };
    QPushButton *record = button(tr("Record a session…"), u"recordSession"_s);
    QPushButton *assess = button(tr("Add an assessment…"), u"addAssessment"_s);
    QPushButton *book = button(tr("Book an appointment…"), u"bookAppointment"_s);
    QPushButton *plan = button(tr("Start an empowerment plan…"), u"startPlan"_s);
    plan->setVisible(clinic::mayCounsel(session));
    connect(plan, &QPushButton::clicked, this, &MemberClinicDialog::startPlan);
    // Field workers book appointments; sessions and assessments are the counsellors'.
    record->setVisible(clinic::mayCounsel(session));
    assess->setVisible(clinic::mayCounsel(session));
    connect(record, &QPushButton::clicked, this, &MemberClinicDialog::recordSession);
    connect(assess, &QPushButton::clicked, this, [this] { addAssessment(); });
    connect(book, &QPushButton::clicked, this, &MemberClinicDialog::bookAppointment);
    actions->addStretch(1);

    m_sessions = readOnlyTable({tr("Date and time"), tr("Counsellor"), tr("Consultation types"), tr("How"), tr("Duration")}, this, 2);
    m_sessions->setObjectName(u"sessions"_s);
    m_appointments = readOnlyTable({tr("Date and time"), tr("Counsellor"), tr("Consultation types"), tr("Place"), tr("Status")}, this, 2);
    m_appointments->setObjectName(u"appointments"_s);
    connect(m_sessions, &QTableWidget::cellDoubleClicked, this, [this](int r) { openSession(r); });
    connect(m_appointments, &QTableWidget::cellDoubleClicked, this, [this](int r) { openAppointment(r); });
    m_tabs->addTab(m_sessions, tr("Counselling sessions"));
    m_tabs->addTab(m_appointments, tr("Appointments"));

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    auto *facts = new QHBoxLayout;
    facts->addWidget(m_file);
    facts->addSpacing(24);
    facts->addWidget(m_missed);
    facts->addStretch(1);
    layout->addLayout(facts);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addWidget(buildScores());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(close);
    rememberGeometry(this, QSize(1040, 660));
    // Sessions, appointments and assessments recorded elsewhere or imported show here too.
    connect(&db.notifier(), &Notifier::clinicChanged, this, &MemberClinicDialog::reload);
    connect(&db.notifier(), &Notifier::householdsChanged, this, &MemberClinicDialog::reload);
    reload();
}

QWidget *MemberClinicDialog::buildScores()
{
    auto *box = new QGroupBox(tr("Assessments: the latest score and its history"), this);
    auto *grid = new QGridLayout(box);
    const QList<registry::Term> kinds = ClinicVocabulary::assessmentKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        auto *card = new QFrame(box);
        card->setFrameShape(QFrame::StyledPanel);
        auto *v = new QVBoxLayout(card);
        auto *title = new QLabel(kinds[i].label, card);
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
        auto *latest = new QLabel(card);
        latest->setObjectName(u"latest_"_s + kinds[i].key);
        latest->setWordWrap(true);
        auto *chart = new ScoreChart(m_settings, card);
        chart->setObjectName(u"chart_"_s + kinds[i].key);
        if (kinds[i].key == u"wellbeing" || kinds[i].key == u"work_readiness")
            chart->setRange(0, 100);
        if (kinds[i].key == u"wellbeing")
            chart->setGuides({50, 28}); // low wellbeing; likely depression
        v->addWidget(title);
        v->addWidget(latest);
        v->addWidget(chart, 1);
        grid->addWidget(card, 0, i);
        m_latest.insert(kinds[i].key, latest);
        m_charts.insert(kinds[i].key, chart);
    }
    return box;
}

QLabel *MemberClinicDialog::latestLabel(const QString &kind) const
{
    return m_latest.value(kind);
}

ScoreChart *MemberClinicDialog::chart(const QString &kind) const
{
    return m_charts.value(kind);
}

void MemberClinicDialog::reload()
{
    const Display display(m_settings);
    registry::HouseholdService households(m_db);
    auto member = households.members().member(m_memberId);
    if (!member) {
        m_banner->showError(member.error().message);
        return;
    }
    m_header->setText(member.value().fullName());
    setWindowTitle(tr("Empowerment clinic — %1").arg(member.value().fullName()));
    if (auto household = households.household(member.value().householdId))
        m_file->setText(Display::joined({tr("File %1").arg(Display::ltr(household.value().fileNumber)),
                                         Vocabulary::label(Vocabulary::relations(), member.value().relation)}));

    clinic::AppointmentService appointments(m_db);
    auto noShows = appointments.noShows(m_memberId);
    const int missed = noShows ? noShows.value() : 0;
    m_missed->setText(missed == 0 ? tr("No missed appointments")
                                  : tr("Missed appointments: %1").arg(display.number(missed)));
    m_missed->setStyleSheet(missed > 0 ? u"color:#8a1c1c; font-weight:bold;"_s : QString());

    auto types = ClinicVocabulary::sessionTypes(m_db);
    const QList<clinic::SessionType> known = types ? types.value() : ClinicVocabulary::builtInSessionTypes();
    auto appointmentList = appointments.ofMember(m_memberId);
    m_appointmentList = appointmentList ? appointmentList.value() : QList<clinic::Appointment>();
    QList<QStringList> rows;
    for (const clinic::Appointment &a : std::as_const(m_appointmentList))
        rows << QStringList{SessionDialog::dateTimeText(m_settings, a.startsAt), a.counsellorName,
                            SessionDialog::typeLabels(known, a.types),
                            Vocabulary::label(ClinicVocabulary::places(), a.place),
                            Vocabulary::label(ClinicVocabulary::appointmentStatuses(), a.status)};
    fill(m_appointments, rows);

    auto sessionList = clinic::SessionService(m_db).ofMember(m_session, m_memberId);
    m_sessionList = sessionList ? sessionList.value() : QList<clinic::CounsellingSession>();
    rows.clear();
    for (const clinic::CounsellingSession &s : std::as_const(m_sessionList))
        rows << QStringList{SessionDialog::dateTimeText(m_settings, s.heldAt), s.counsellorName,
                            SessionDialog::typeLabels(known, s.types), Vocabulary::label(ClinicVocabulary::places(), s.mode),
                            ClinicText::minutes(display, s.durationMin)};
    fill(m_sessions, rows);
    m_tabs->setTabText(0, tr("Counselling sessions (%1)").arg(display.number(m_sessionList.size())));
    m_tabs->setTabText(1, tr("Appointments (%1)").arg(display.number(m_appointmentList.size())));
    fillScores();
}

void MemberClinicDialog::fillScores()
{
    const Display display(m_settings);
    const QString confidential = tr("Confidential: visible to counsellors and supervisors only");
    clinic::AssessmentService service(m_db);
    for (const registry::Term &kind : ClinicVocabulary::assessmentKinds()) {
        QLabel *latest = m_latest.value(kind.key);
        ScoreChart *chart = m_charts.value(kind.key);
        auto history = service.history(m_session, m_memberId, kind.key);
        const QList<clinic::Assessment> list = history ? history.value() : QList<clinic::Assessment>();
        latest->setStyleSheet(QString());
        if (list.isEmpty()) {
            latest->setText(tr("Not assessed yet"));
            chart->setMessage(tr("No assessments yet"));
            continue;
        }
        const clinic::Assessment &last = list.last();
        if (last.withheld) {
            latest->setText(tr("Assessed on %1").arg(display.date(last.assessedOn)));
            chart->setMessage(confidential);
            continue;
        }
        QString score;
        if (kind.key == u"economic")
            score = tr("Left each month: %1").arg(display.decimal(last.score, 2));
        else if (kind.key == u"social")
            score = tr("Risks: %1").arg(display.number(qint64(last.score)));
        else
            score = display.fraction(qint64(last.score), 100);
        latest->setText(tr("%1, on %2").arg(score, display.date(last.assessedOn)));
        if (kind.key == u"wellbeing" && last.score <= 50)
            latest->setStyleSheet(last.score <= 28 ? u"color:#8a1c1c; font-weight:bold;"_s : u"color:#8a5a00;"_s);
        QList<ScoreChart::Point> points;
        for (const clinic::Assessment &a : list)
            points.append({a.assessedOn, a.score});
        chart->setPoints(points);
    }
}

void MemberClinicDialog::recorded(const QString &message)
{
    reload();
    m_banner->showSuccess(message);
    emit changed();
}

QDialog *MemberClinicDialog::recordSession()
{
    auto *d = new SessionDialog(m_db, m_settings, m_session, m_memberId, nullptr, this);
    connect(d, &SessionDialog::saved, this, [this] { recorded(tr("The session was recorded.")); });
    d->show();
    return d;
}

QDialog *MemberClinicDialog::addAssessment(const QString &kind)
{
    auto *d = new AssessmentDialog(m_db, m_settings, m_session, m_memberId, {}, kind, this);
    connect(d, &AssessmentDialog::saved, this, [this] { recorded(tr("The assessment was recorded.")); });
    d->show();
    return d;
}

QDialog *MemberClinicDialog::bookAppointment()
{
    auto *d = new BookAppointmentDialog(m_db, m_settings, m_session, m_memberId, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &BookAppointmentDialog::booked, this, [this] { recorded(tr("The appointment was booked.")); });
    d->show();
    return d;
}

QDialog *MemberClinicDialog::startPlan()
{
    // Sessions are listed newest first: the plan usually comes out of the latest.
    const QByteArray session = m_sessionList.isEmpty() ? QByteArray() : m_sessionList.first().id;
    auto *d = PlanDialog::startNew(m_db, m_settings, m_session, m_memberId, session, this);
    connect(d, &PlanDialog::changed, this, &MemberClinicDialog::changed);
    return d;
}

QDialog *MemberClinicDialog::openSession(int row)
{
    if (row < 0 || row >= m_sessionList.size())
        return nullptr;
    SessionDialog *d = SessionDialog::openExisting(m_db, m_settings, m_session, m_sessionList[row].id, this);
    connect(d, &SessionDialog::saved, this, [this] { recorded(tr("The correction was saved.")); });
    return d;
}

QDialog *MemberClinicDialog::openAppointment(int row)
{
    if (row < 0 || row >= m_appointmentList.size())
        return nullptr;
    const clinic::Appointment a = m_appointmentList[row];
    // A session is recorded once its day has come (as on the clinic page).
    if (a.status == u"booked" && a.startsAt.date() <= QDate::currentDate() && clinic::mayCounsel(m_session)) {
        auto *d = new SessionDialog(m_db, m_settings, m_session, m_memberId, &a, this);
        connect(d, &SessionDialog::saved, this,
                [this] { recorded(tr("The session was recorded and the appointment marked attended.")); });
        d->show();
        return d;
    }
    if (!a.sessionId.isEmpty())
        return SessionDialog::openExisting(m_db, m_settings, m_session, a.sessionId, this);
    return nullptr;
}

} // namespace tamkeen::ui
