#include "casework/ComplianceTab.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "registry/Forms.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::casework::Conditions;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

QString compliancePeriodLabel(const Display &display, const QString &period)
{
    const QDate end = Conditions::periodEnd(period);
    if (!end.isValid())
        return period;
    if (period.contains(u'Q'))
        return display.digits(ComplianceTab::tr("Quarter %1 of %2").arg(period.right(1), period.left(4)));
    return display.digits(QLocale().toString(QDate(end.year(), end.month(), 1), u"MMMM yyyy"_s));
}

ComplianceDialog::ComplianceDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                                   const QByteArray &householdId, QWidget *parent)
    : FormDialog(tr("Record compliance"), tr("Save"), parent), m_db(db), m_settings(settings), m_session(session),
      m_householdId(householdId), m_condition(new QComboBox(this)), m_period(new QComboBox(this)),
      m_entries(new QTableWidget(this))
{
    setObjectName(u"complianceDialog"_s);
    m_condition->setObjectName(u"condition"_s);
    auto conditions = Conditions(db).forHousehold(householdId, QDate::currentDate());
    if (conditions)
        m_conditions = conditions.value();
    for (const casework::Condition &c : std::as_const(m_conditions))
        m_condition->addItem(tr("%1: %2").arg(c.programme, c.name));
    m_period->setObjectName(u"period"_s);
    m_entries->setObjectName(u"entries"_s);
    m_entries->setColumnCount(3);
    m_entries->setHorizontalHeaderLabels({tr("Who"), tr("Attendance or visits"), tr("Note")});
    m_entries->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_entries->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_entries->verticalHeader()->hide();
    m_entries->setMinimumSize(520, 160);
    m_form->addRow(tr("Condition"), m_condition);
    m_form->addRow(tr("Month or quarter"), m_period);
    m_form->addRow(m_entries);
    m_fields.insert(u"period"_s, m_period);
    m_fields.insert(u"entries"_s, m_entries);
    connect(m_condition, &QComboBox::currentIndexChanged, this, &ComplianceDialog::fillPeriods);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ComplianceDialog::fillSubjects);
    fillPeriods();
    finishLayout();
}

void ComplianceDialog::fillPeriods()
{
    const int c = m_condition->currentIndex();
    m_period->clear();
    if (c < 0 || c >= m_conditions.size())
        return;
    const Display display(m_settings);
    // This period and the five before: compliance is recorded once a period has begun.
    for (const QString &p : Conditions::recentPeriods(m_conditions[c].period, QDate::currentDate(), 6))
        m_period->addItem(compliancePeriodLabel(display, p), p);
    fillSubjects();
}

void ComplianceDialog::fillSubjects()
{
    const int c = m_condition->currentIndex();
    m_subjects.clear();
    m_entries->setRowCount(0);
    if (c < 0 || c >= m_conditions.size() || m_period->currentIndex() < 0)
        return;
    auto subjects = Conditions(m_db).subjects(m_conditions[c].id, m_householdId, m_period->currentData().toString());
    if (!subjects) {
        banner()->showError(subjects.error().message);
        return;
    }
    m_subjects = subjects.value();
    const bool percent = m_conditions[c].measure == u"percent";
    m_entries->setRowCount(int(m_subjects.size()));
    for (int r = 0; r < m_subjects.size(); ++r) {
        auto *name = new QTableWidgetItem(m_subjects[r].name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_entries->setItem(r, 0, name);
        // Below 0 reads "not recorded": left as it is, nothing is saved for that person.
        auto *value = new QDoubleSpinBox(m_entries);
        value->setDecimals(0);
        value->setRange(-1, percent ? 100 : 99);
        value->setSpecialValueText(tr("Not recorded"));
        value->setSuffix(percent ? tr(" %") : QString());
        value->setValue(m_subjects[r].value < 0 ? -1 : m_subjects[r].value);
        m_entries->setCellWidget(r, 1, value);
        m_entries->setItem(r, 2, new QTableWidgetItem(m_subjects[r].note));
    }
    if (m_subjects.isEmpty())
        banner()->showError(tr("Nobody in this family is concerned by this condition for that period."));
}

void ComplianceDialog::setValue(int row, double value)
{
    if (auto *box = qobject_cast<QDoubleSpinBox *>(m_entries->cellWidget(row, 1)))
        box->setValue(value);
}

Status ComplianceDialog::save()
{
    const int c = m_condition->currentIndex();
    if (c < 0 || c >= m_conditions.size())
        return makeError(ErrorCode::Invalid, tr("The family receives no programme with conditions."), u"period"_s);
    QList<casework::ComplianceEntry> entries;
    for (int r = 0; r < m_subjects.size(); ++r) {
        const auto *box = qobject_cast<QDoubleSpinBox *>(m_entries->cellWidget(r, 1));
        const QTableWidgetItem *note = m_entries->item(r, 2);
        if (box && box->value() >= 0)
            entries.append({m_subjects[r].memberId, box->value(), note ? note->text() : QString()});
    }
    if (entries.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write the attendance or visits of at least one person."), u"entries"_s);
    auto missed = Conditions(m_db).record(m_session, m_householdId, m_conditions[c].id,
                                          m_period->currentData().toString(), entries);
    return missed ? Status() : Status(missed.error());
}

ComplianceStepDialog::ComplianceStepDialog(storage::Database &db, const AppSettings &settings,
                                           const security::Session &session, const QByteArray &householdId,
                                           const QString &action, const QStringList &programmes, QWidget *parent)
    : FormDialog(action == u"counselling"  ? tr("Record counselling")
                 : action == u"suspension" ? tr("Suspend support")
                                           : tr("Reinstate support"),
                 action == u"counselling" ? tr("Save") : action == u"suspension" ? tr("Suspend") : tr("Reinstate"),
                 parent),
      m_db(db), m_session(session), m_householdId(householdId), m_action(action), m_programme(new QComboBox(this)),
      m_on(new DateField(settings, this)), m_reason(new QPlainTextEdit(this))
{
    setObjectName(action + u"Dialog"_s);
    m_programme->setObjectName(u"programme"_s);
    m_programme->addItems(programmes);
    m_on->setObjectName(u"on"_s);
    m_on->setDate(QDate::currentDate());
    m_reason->setObjectName(u"reason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    m_reason->setPlaceholderText(action == u"counselling" ? tr("What was discussed with the family, and what it agreed to")
                                                          : tr("Why"));
    if (action == u"suspension") {
        auto *note = new QLabel(tr("The family's support under this programme stops being paid until it is reinstated."), this);
        note->setWordWrap(true);
        m_form->addRow(note);
    }
    m_form->addRow(tr("Programme"), m_programme);
    m_form->addRow(tr("Day"), m_on);
    m_form->addRow(action == u"counselling" ? tr("Note") : tr("Reason"), m_reason);
    m_fields.insert(u"programme"_s, m_programme);
    m_fields.insert(u"on"_s, m_on->editor());
    m_fields.insert(u"note"_s, m_reason);
    m_fields.insert(u"reason"_s, m_reason);
    finishLayout();
}

Status ComplianceStepDialog::save()
{
    Conditions conditions(m_db);
    const QString programme = m_programme->currentText();
    const QString text = m_reason->toPlainText();
    if (m_action == u"counselling")
        return conditions.counsel(m_session, m_householdId, programme, m_on->date(), text);
    if (m_action == u"suspension")
        return conditions.suspend(m_session, m_householdId, programme, m_on->date(), text);
    return conditions.reinstate(m_session, m_householdId, programme, m_on->date(), text);
}

ComplianceTab::ComplianceTab(storage::Database &db, const AppSettings &settings, const security::Session &session,
                             QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_summary(new QLabel(this))
{
    setObjectName(u"complianceTab"_s);
    m_summary->setObjectName(u"complianceSummary"_s);
    m_summary->setWordWrap(true);
    m_record = new QPushButton(tr("Record compliance…"), this);
    m_record->setObjectName(u"recordCompliance"_s);
    m_counsel = new QPushButton(tr("Counselling…"), this);
    m_counsel->setObjectName(u"counsel"_s);
    m_suspend = new QPushButton(tr("Suspend support…"), this);
    m_suspend->setObjectName(u"suspendSupport"_s);
    m_reinstate = new QPushButton(tr("Reinstate support…"), this);
    m_reinstate->setObjectName(u"reinstateSupport"_s);
    for (QPushButton *b : {m_suspend, m_reinstate})
        b->setVisible(Conditions::mayDecide(session));
    connect(m_record, &QPushButton::clicked, this, &ComplianceTab::recordCompliance);
    connect(m_counsel, &QPushButton::clicked, this, [this] { step(u"counselling"_s); });
    connect(m_suspend, &QPushButton::clicked, this, [this] { step(u"suspension"_s); });
    connect(m_reinstate, &QPushButton::clicked, this, [this] { step(u"reinstatement"_s); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    for (QPushButton *b : {m_record, m_counsel, m_suspend, m_reinstate})
        row->addWidget(b);
    m_records = readOnlyTable({tr("Month or quarter"), tr("Condition"), tr("Who"), tr("Attendance or visits"), tr("Met"),
                               tr("Recorded by")},
                              this, 1);
    m_records->setObjectName(u"complianceRecords"_s);
    m_steps = readOnlyTable({tr("Day"), tr("Programme"), tr("Step"), tr("Reason"), tr("By")}, this, 3);
    m_steps->setObjectName(u"complianceSteps"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_records, 3);
    layout->addWidget(new QLabel(tr("Warnings, counselling, suspensions and reinstatements"), this));
    layout->addWidget(m_steps, 2);
}

void ComplianceTab::setHousehold(const QByteArray &householdId)
{
    m_householdId = householdId;
    reload();
}

void ComplianceTab::reload()
{
    Conditions conditions(m_db);
    auto status = conditions.status(m_householdId);
    auto records = conditions.history(m_householdId);
    auto steps = conditions.actionsOf(m_householdId);
    auto all = conditions.list(false);
    if (!status || !records || !steps || !all) {
        m_summary->setText(!status ? status.error().message : !records ? records.error().message
                                                            : !steps   ? steps.error().message
                                                                       : all.error().message);
        m_records->setRowCount(0);
        m_steps->setRowCount(0);
        return;
    }
    m_status = status.value();
    const Display display(m_settings);
    QStringList lines;
    for (const casework::ComplianceStatus &s : std::as_const(m_status)) {
        if (s.suspended)
            lines << tr("%1: support suspended since %2").arg(s.programme, display.date(s.since));
        else if (s.lastWarning.isValid() && !s.counselled)
            lines << tr("%1: warned on %2, to be counselled").arg(s.programme, display.date(s.lastWarning));
        else if (s.lastWarning.isValid())
            lines << tr("%1: warned on %2, counselled").arg(s.programme, display.date(s.lastWarning));
        else
            lines << tr("%1: no condition missed").arg(s.programme);
    }
    m_summary->setText(lines.isEmpty() ? tr("The family receives no programme with conditions.") : lines.join(u'\n'));
    m_record->setEnabled(!m_status.isEmpty());
    m_counsel->setEnabled(!m_status.isEmpty());
    m_suspend->setEnabled(std::any_of(m_status.cbegin(), m_status.cend(),
                                      [](const casework::ComplianceStatus &s) { return !s.suspended && s.counselled; }));
    m_reinstate->setEnabled(std::any_of(m_status.cbegin(), m_status.cend(),
                                        [](const casework::ComplianceStatus &s) { return s.suspended; }));

    const QList<casework::Condition> &known = all.value();
    m_records->setRowCount(int(records.value().size()));
    for (int r = 0; r < records.value().size(); ++r) {
        const casework::ComplianceRecord &c = records.value()[r];
        const auto cond = std::find_if(known.cbegin(), known.cend(), [&](const auto &k) { return k.id == c.conditionId; });
        const bool percent = cond != known.cend() && cond->measure == u"percent";
        const QStringList cells = {compliancePeriodLabel(display, c.period), c.conditionName,
                                   c.memberId.isEmpty() ? tr("The family") : Display::personName(c.memberName),
                                   percent ? display.percent(int(c.value)) : display.number(qint64(c.value)),
                                   c.met ? tr("Yes") : tr("No"), Display::personName(c.recordedByName)};
        for (int col = 0; col < cells.size(); ++col)
            m_records->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
    m_steps->setRowCount(int(steps.value().size()));
    for (int r = 0; r < steps.value().size(); ++r) {
        const casework::ComplianceAction &a = steps.value()[r];
        const QStringList cells = {display.date(a.on), a.programme, Vocabulary::label(Conditions::actions(), a.action),
                                   a.reason, Display::personName(a.byName)};
        for (int col = 0; col < cells.size(); ++col)
            m_steps->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
}

ComplianceDialog *ComplianceTab::recordCompliance()
{
    if (m_status.isEmpty())
        return nullptr;
    auto *d = new ComplianceDialog(m_db, m_settings, m_session, m_householdId, window());
    connect(d, &FormDialog::saved, this, [this] {
        reload();
        emit changed();
    });
    d->open();
    return d;
}

ComplianceStepDialog *ComplianceTab::step(const QString &action)
{
    QStringList programmes;
    for (const casework::ComplianceStatus &s : std::as_const(m_status)) {
        const bool fits = action == u"counselling"  ? true
                          : action == u"suspension" ? !s.suspended && s.counselled
                                                    : s.suspended;
        if (fits)
            programmes << s.programme;
    }
    if (programmes.isEmpty())
        return nullptr;
    auto *d = new ComplianceStepDialog(m_db, m_settings, m_session, m_householdId, action, programmes, window());
    connect(d, &FormDialog::saved, this, [this] {
        reload();
        emit changed();
    });
    d->open();
    return d;
}

} // namespace tamkeen::ui
