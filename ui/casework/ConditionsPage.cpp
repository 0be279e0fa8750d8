#include "casework/ConditionsPage.h"

#include "casework/ComplianceTab.h"
#include "casework/Support.h"
#include "common/Notifier.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "registry/Forms.h"
#include "storage/Database.h"
#include "widgets/BackgroundRefresh.h"
#include "widgets/Heading.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::casework::Conditions;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

ConditionDialog::ConditionDialog(storage::Database &db, const security::Session &session, QWidget *parent)
    : FormDialog(tr("Add a condition"), tr("Add"), parent), m_db(db), m_session(session),
      m_programme(new QComboBox(this)), m_name(new QLineEdit(this)), m_threshold(new QDoubleSpinBox(this))
{
    setObjectName(u"conditionDialog"_s);
    m_programme->setObjectName(u"programme"_s);
    m_programme->setEditable(true); // the programmes families receive, or a new one's name
    auto programmes = casework::Support(db).programmes();
    if (programmes)
        m_programme->addItems(programmes.value());
    m_programme->setCurrentIndex(-1);
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("e.g. school attendance of 80 %"));
    m_appliesTo = choiceCombo(Conditions::appliesTo(), u"appliesTo"_s, tr("Choose whom it is for"), this);
    m_measure = choiceCombo(Conditions::measures(), u"measure"_s, tr("Choose what is measured"), this);
    m_threshold->setObjectName(u"threshold"_s);
    m_threshold->setRange(0, 100);
    m_threshold->setDecimals(0);
    m_period = choiceCombo(Conditions::periods(), u"period"_s, tr("Choose how often"), this);
    m_form->addRow(tr("Programme"), m_programme);
    m_form->addRow(tr("Condition"), m_name);
    m_form->addRow(tr("For"), m_appliesTo);
    m_form->addRow(tr("Measured as"), m_measure);
    m_form->addRow(tr("Met at or above"), m_threshold);
    m_form->addRow(tr("Checked"), m_period);
    m_fields.insert(u"programme"_s, m_programme);
    m_fields.insert(u"name"_s, m_name);
    m_fields.insert(u"appliesTo"_s, m_appliesTo);
    m_fields.insert(u"measure"_s, m_measure);
    m_fields.insert(u"threshold"_s, m_threshold);
    m_fields.insert(u"period"_s, m_period);
    finishLayout();
}

Status ConditionDialog::save()
{
    auto id = Conditions(m_db).add(m_session, {m_programme->currentText(), m_name->text(),
                                               m_appliesTo->currentData().toString(), m_measure->currentData().toString(),
                                               m_threshold->value(), m_period->currentData().toString()});
    return id ? Status() : Status(id.error());
}

ConditionsPage::ConditionsPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                               QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(new MessageBanner(this)),
      m_background(new BackgroundRefresh(db, this)), m_year(new QSpinBox(this)), m_area(choiceCombo(Conditions::areaLevels(), u"area"_s, QString(), this))
{
    setObjectName(u"conditionsPage"_s);
    auto *add = new QPushButton(tr("Add a condition…"), this);
    add->setObjectName(u"addCondition"_s);
    m_stop = new QPushButton(tr("Stop checking it"), this);
    m_stop->setObjectName(u"stopCondition"_s);
    m_stop->setEnabled(false);
    for (QPushButton *b : {add, m_stop})
        b->setVisible(Conditions::mayDecide(session));
    connect(add, &QPushButton::clicked, this, &ConditionsPage::addCondition);
    connect(m_stop, &QPushButton::clicked, this, &ConditionsPage::stopChecking);
    m_conditions = readOnlyTable({tr("Programme"), tr("Condition"), tr("For"), tr("Met at or above"), tr("Checked")},
                                 this, 1);
    m_conditions->setObjectName(u"conditionList"_s);
    m_conditions->setMaximumHeight(180);
    connect(m_conditions, &QTableWidget::currentCellChanged, this,
            [this](int r) { m_stop->setEnabled(r >= 0 && r < m_list.size()); });
    m_year->setObjectName(u"year"_s);
    m_year->setRange(2020, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_area->setCurrentIndex(m_area->findData(u"city"_s));
    m_rates = readOnlyTable({tr("Condition"), tr("Area"), tr("Month or quarter"), tr("Recorded"), tr("Met"),
                             tr("Compliance rate")},
                            this, 0);
    m_rates->setObjectName(u"complianceRates"_s);
    connect(m_year, &QSpinBox::valueChanged, this, [this] { showRates(); });
    connect(m_area, &QComboBox::currentIndexChanged, this, [this] { showRates(); });

    auto *top = new QHBoxLayout;
    top->addWidget(heading(tr("Conditional support"), this), 1);
    top->addWidget(add);
    top->addWidget(m_stop);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Compliance in"), this));
    filters->addWidget(m_year);
    filters->addWidget(new QLabel(tr("by"), this));
    filters->addWidget(m_area);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_conditions);
    layout->addLayout(filters);
    layout->addWidget(m_rates, 1);
    connect(&db.notifier(), &Notifier::householdsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(&settings, &AppSettings::displayChanged, this, &ConditionsPage::refresh);
    connect(m_background, &BackgroundRefresh::failed, m_banner, &MessageBanner::showError);
}

bool ConditionsPage::computing() const
{
    return m_background->busy();
}

void ConditionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ConditionsPage::refresh()
{
    auto list = Conditions(m_db).list(true);
    if (!list) {
        m_banner->showError(list.error().message);
        return;
    }
    m_list = list.value();
    const Display display(m_settings);
    m_conditions->setRowCount(int(m_list.size()));
    for (int r = 0; r < m_list.size(); ++r) {
        const casework::Condition &c = m_list[r];
        const QString threshold = c.measure == u"percent" ? display.percent(int(c.threshold))
                                                          : tr("%n visit(s)", nullptr, int(c.threshold));
        const QStringList cells = {c.programme, c.name, Vocabulary::label(Conditions::appliesTo(), c.appliesTo),
                                   display.digits(threshold), Vocabulary::label(Conditions::periods(), c.period)};
        for (int col = 0; col < cells.size(); ++col)
            m_conditions->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
    m_stop->setEnabled(false);
    showRates();
}

void ConditionsPage::showRates()
{
    m_background->request([this, year = m_year->value(),
                           area = m_area->currentData().toString()](storage::Database &db) -> BackgroundRefresh::Deliver {
        auto rates = Conditions(db).rates(year, area);
        return [this, rates] {
            if (!rates) {
                m_banner->showError(rates.error().message);
                m_rates->setRowCount(0);
                return;
            }
            showRates(rates.value());
        };
    });
}

void ConditionsPage::showRates(const QList<casework::ComplianceRate> &rates)
{
    const Display display(m_settings);
    m_rates->setRowCount(int(rates.size()));
    for (int r = 0; r < rates.size(); ++r) {
        const casework::ComplianceRate &c = rates[r];
        const QStringList cells = {c.conditionName, c.area.isEmpty() ? tr("(not given)") : c.area,
                                   compliancePeriodLabel(display, c.period), display.number(c.records), display.number(c.met),
                                   display.percent(int(c.rate() * 100 + 0.5))};
        for (int col = 0; col < cells.size(); ++col)
            m_rates->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
}

ConditionDialog *ConditionsPage::addCondition()
{
    auto *d = new ConditionDialog(m_db, m_session, window());
    connect(d, &FormDialog::saved, this, [this] {
        refresh();
        m_banner->showSuccess(tr("The condition was added: it is checked for the programme's families from now on."));
    });
    d->open();
    return d;
}

bool ConditionsPage::stopChecking()
{
    const int r = m_conditions->currentRow();
    if (r < 0 || r >= m_list.size())
        return false;
    if (Status s = Conditions(m_db).setActive(m_session, m_list[r].id, false); !s) {
        m_banner->showError(s.error().message);
        return false;
    }
    refresh();
    m_banner->showSuccess(tr("The condition is no longer checked; what was recorded stays."));
    return true;
}

} // namespace tamkeen::ui
