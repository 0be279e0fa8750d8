#include "casework/SupportTab.h"

#include "format/Display.h"
#include "registry/Forms.h"
#include "impact/ReportTables.h"
#include "registry/IncomeService.h"
#include "widgets/DateField.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;
using tamkeen::casework::Support;
using tamkeen::casework::SupportRecord;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

namespace {

QPlainTextEdit *reasonBox(const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(u"reason"_s);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}


} // namespace

SupportDialog::SupportDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                             const QByteArray &householdId, QWidget *parent)
    : FormDialog(tr("Record support"), tr("Save"), parent), m_db(db), m_session(session), m_householdId(householdId),
      m_programme(new QLineEdit(this)), m_amount(new QDoubleSpinBox(this)), m_currency(new QLineEdit(this)),
      m_from(new DateField(settings, this)), m_until(new DateField(settings, this))
{
    setObjectName(u"supportDialog"_s);
    m_programme->setObjectName(u"programme"_s);
    m_programme->setPlaceholderText(tr("e.g. social security, a charity's fund"));
    auto types = Support(db).types();
    m_type = choiceCombo(types ? types.value() : Support::builtInTypes(), u"type"_s, tr("Choose the type"), this);
    m_amount->setObjectName(u"amount"_s);
    m_amount->setRange(0, 1e9);
    m_amount->setDecimals(2);
    m_amount->setSpecialValueText(tr("No amount (in kind)"));
    m_currency->setObjectName(u"currency"_s);
    m_currency->setMaxLength(3);
    auto rule = registry::IncomeService(db).eligibility(householdId);
    m_currency->setText(rule ? rule.value().currency : QString());
    m_frequency = choiceCombo(Support::frequencies(), u"frequency"_s, tr("Choose how often"), this);
    m_from->setObjectName(u"startsOn"_s);
    m_from->setDate(QDate::currentDate());
    m_until->setObjectName(u"stopsOn"_s);
    m_until->allowEmpty(QDate::currentDate()); // open-ended until stopped
    m_decision = choiceCombo(Support::decisions(), u"decision"_s, tr("Choose the decision"), this);
    m_reason = reasonBox(tr("Why it was approved or refused"), this);
    m_form->addRow(tr("Programme"), m_programme);
    m_form->addRow(tr("Type of support"), m_type);
    m_form->addRow(tr("Amount each time"), m_amount);
    m_form->addRow(tr("Currency"), m_currency);
    m_form->addRow(tr("How often"), m_frequency);
    m_form->addRow(tr("From"), m_from);
    m_form->addRow(tr("Until (if known)"), m_until);
    m_form->addRow(tr("Decision"), m_decision);
    m_form->addRow(tr("Reason"), m_reason);
    m_fields.insert(u"programme"_s, m_programme);
    m_fields.insert(u"type"_s, m_type);
    m_fields.insert(u"amount"_s, m_amount);
    m_fields.insert(u"currency"_s, m_currency);
    m_fields.insert(u"frequency"_s, m_frequency);
    m_fields.insert(u"startsOn"_s, m_from->editor());
    m_fields.insert(u"stopsOn"_s, m_until->editor());
    m_fields.insert(u"decision"_s, m_decision);
    m_fields.insert(u"reason"_s, m_reason);
    finishLayout();
}

Status SupportDialog::save()
{
    casework::SupportData d;
    d.programme = m_programme->text();
    d.type = m_type->currentData().toString();
    if (m_amount->value() > 0)
        d.amount = m_amount->value();
    d.currency = m_currency->text();
    d.frequency = m_frequency->currentData().toString();
    d.startsOn = m_from->date();
    d.stopsOn = m_until->date();
    d.decision = m_decision->currentData().toString();
    d.reason = m_reason->toPlainText();
    auto id = Support(m_db).record(m_session, m_householdId, d);
    return id ? Status() : Status(id.error());
}

StopSupportDialog::StopSupportDialog(storage::Database &db, const AppSettings &settings,
                                     const security::Session &session, const SupportRecord &support, QWidget *parent)
    : FormDialog(tr("Stop support"), tr("Stop"), parent), m_db(db), m_session(session), m_supportId(support.id),
      m_on(new DateField(settings, this)), m_reason(reasonBox(tr("Why the support stops"), this))
{
    setObjectName(u"stopSupportDialog"_s);
    m_on->setObjectName(u"stopsOn"_s);
    m_on->setDate(QDate::currentDate());
    auto types = Support(db).types();
    m_form->addRow(new QLabel(tr("%1: %2").arg(support.programme,
                                               Vocabulary::label(types ? types.value() : Support::builtInTypes(),
                                                                 support.type)),
                              this));
    m_form->addRow(tr("Last day"), m_on);
    m_form->addRow(tr("Reason"), m_reason);
    m_fields.insert(u"stopsOn"_s, m_on->editor());
    m_fields.insert(u"reason"_s, m_reason);
    finishLayout();
}

Status StopSupportDialog::save()
{
    return Support(m_db).stop(m_session, m_supportId, m_on->date(), m_reason->toPlainText());
}

SupportTab::SupportTab(storage::Database &db, const AppSettings &settings, const security::Session &session,
                       QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_summary(new QLabel(this))
{
    setObjectName(u"supportTab"_s);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_summary->setObjectName(u"supportSummary"_s);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    row->addWidget(m_summary, 1);
    auto *record = new QPushButton(tr("Record support…"), this);
    record->setObjectName(u"recordSupport"_s);
    m_stop = new QPushButton(tr("Stop support…"), this);
    m_stop->setObjectName(u"stopSupport"_s);
    m_stop->setEnabled(false);
    for (QPushButton *b : {record, m_stop}) {
        b->setVisible(Support::mayDecide(session));
        row->addWidget(b);
    }
    connect(record, &QPushButton::clicked, this, &SupportTab::recordSupport);
    connect(m_stop, &QPushButton::clicked, this, &SupportTab::stopSupport);
    layout->addLayout(row);
    m_support = readOnlyTable({tr("Programme"), tr("Type"), tr("Amount"), tr("How often"), tr("From"), tr("Until"),
                               tr("Decision"), tr("Reason")},
                              this, 7);
    m_support->setObjectName(u"supportList"_s);
    layout->addWidget(m_support, 3);
    connect(m_support, &QTableWidget::currentCellChanged, this, [this](int r) {
        const bool open = r >= 0 && r < m_list.size() && m_list[r].decision == u"approved"
                          && m_list[r].frequency != u"once"
                          && (!m_list[r].stopsOn.isValid() || m_list[r].stopsOn >= QDate::currentDate());
        m_stop->setEnabled(open);
    });
    layout->addWidget(new QLabel(tr("Income and support, month by month (the last twelve months)"), this));
    m_months = readOnlyTable({tr("Month"), tr("Earned income"), tr("Other income"), tr("Support received"),
                              tr("Support's share of work and support")},
                             this, 4);
    m_months->setObjectName(u"supportByMonth"_s);
    layout->addWidget(m_months, 4);
}

void SupportTab::setHousehold(const QByteArray &householdId)
{
    m_householdId = householdId;
    reload();
}

void SupportTab::reload()
{
    const Display display(m_settings);
    Support support(m_db);
    auto list = support.ofHousehold(m_householdId);
    auto months = support.byMonth(m_householdId, QDate::currentDate());
    auto types = support.types();
    if (!list || !months || !types) { // never "no support" for a family whose support could not be read
        m_summary->setText(!list ? list.error().message : !months ? months.error().message : types.error().message);
        m_support->setRowCount(0);
        m_months->setRowCount(0);
        return;
    }
    m_list = list.value();
    m_support->setRowCount(int(m_list.size()));
    int given = 0;
    for (int r = 0; r < m_list.size(); ++r) {
        const SupportRecord &s = m_list[r];
        given += s.givenIn(QDate::currentDate()) ? 1 : 0;
        QString until = s.stopsOn.isValid() ? display.shortDate(s.stopsOn) : QString();
        if (!s.stopReason.isEmpty())
            until = tr("%1 (%2)").arg(until, display.digits(s.stopReason.simplified()));
        const QString decision = s.eligible ? (*s.eligible ? tr("%1 (eligible then)") : tr("%1 (not eligible then)"))
                                                  .arg(Vocabulary::label(Support::decisions(), s.decision))
                                            : Vocabulary::label(Support::decisions(), s.decision);
        const QStringList cells{s.programme, Vocabulary::label(types.value(), s.type),
                                s.amount ? display.money(*s.amount, s.currency) : tr("in kind"),
                                Vocabulary::label(Support::frequencies(), s.frequency), display.shortDate(s.startsOn),
                                until, decision, display.digits(s.reason.simplified())};
        for (int c = 0; c < cells.size(); ++c)
            m_support->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_support->setCurrentCell(-1, -1); // nothing chosen: nothing to stop
    m_stop->setEnabled(false);
    m_summary->setText(m_list.isEmpty() ? tr("No support recorded for this family.")
                       : given == 0    ? tr("No support is given this month.")
                                       : tr("Support given this month: %1").arg(display.number(given)));
    const QList<casework::SupportMonth> &m = months.value();
    m_months->setRowCount(int(m.size()));
    for (int r = 0; r < m.size(); ++r) {
        const casework::SupportMonth &x = m[int(m.size()) - 1 - r]; // this month first
        const QString &currency = x.currency;
        QString support = display.money(x.support, currency);
        if (x.inKind > 0)
            support = tr("%1 and %2 in kind").arg(support, display.number(x.inKind));
        if (x.otherCurrency)
            support = tr("%1, and some in another currency").arg(support);
        if (x.suspended > 0)
            support = tr("%1 (%n suspended for a condition missed)", nullptr, x.suspended).arg(support);
        const QStringList cells{display.digits(impact::ReportTables::monthName(
                                    x.month, Display::arabicLanguage() ? u"ar"_s : u"en"_s)),
                                display.money(x.earned, currency), display.money(x.otherIncome, currency), support,
                                x.supportShare() >= 0 ? display.percent(int(std::lround(100 * x.supportShare())))
                                                      : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_months->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

SupportDialog *SupportTab::recordSupport()
{
    auto *d = new SupportDialog(m_db, m_settings, m_session, m_householdId, window());
    connect(d, &FormDialog::saved, this, [this] {
        reload();
        emit changed();
    });
    d->open();
    return d;
}

StopSupportDialog *SupportTab::stopSupport()
{
    const int r = m_support->currentRow();
    if (r < 0 || r >= m_list.size() || !m_stop->isEnabled())
        return nullptr;
    auto *d = new StopSupportDialog(m_db, m_settings, m_session, m_list[r], window());
    connect(d, &FormDialog::saved, this, [this] {
        reload();
        emit changed();
    });
    d->open();
    return d;
}

} // namespace tamkeen::ui
