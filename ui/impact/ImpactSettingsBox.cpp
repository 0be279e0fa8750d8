#include "impact/ImpactSettingsBox.h"

#include "format/Display.h"
#include "impact/SmallNumbers.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace tamkeen::impact;

namespace tamkeen::ui {

ImpactSettingsBox::ImpactSettingsBox(storage::Database &db, const security::Session &session, MessageBanner *banner,
                                     QWidget *parent)
    : QGroupBox(tr("Early warning and readiness to exit, for the whole organisation"), parent), m_db(db),
      m_session(session), m_banner(banner), m_passMark(new QSpinBox(this)),
      // Five in words: this box has no digit setting to follow. The marker in an
      // isolate: "<" would turn round right to left.
      m_hideSmall(new QCheckBox(tr("Hide numbers of fewer than five households in exported reports (shown as %1), so "
                                   "that a published table never identifies a family")
                                    .arg(Display::ltr(SmallNumbers::marker())),
                                this))
{
    // Label and suffix of each threshold, in EarlyWarnings::thresholdBounds() order.
    const QList<std::pair<QString, QString>> texts = {
        {tr("Income fell by at least"), tr(" %")},
        {tr("compared with the income of"), tr(" days ago")},
        {tr("A plan without a task done for"), tr(" days")},
        {tr("Missed appointments in a row"), QString()},
        {tr("WHO-5 score under"), QString()},
        {tr("or a WHO-5 fall of at least"), tr(" points")},
        {tr("Income fell within"), tr(" months after exit")},
    };
    auto *warnings = new QFormLayout;
    for (qsizetype i = 0; i < EarlyWarnings::thresholdBounds().size(); ++i) {
        const ThresholdBound &b = EarlyWarnings::thresholdBounds()[i];
        warnings->addRow(texts.value(i).first, spin(b.name, b.low, b.high, texts.value(i).second));
    }
    auto *saveWarnings = new QPushButton(tr("Save the thresholds"), this);
    saveWarnings->setObjectName(u"saveThresholds"_s);
    saveWarnings->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(saveWarnings, &QPushButton::clicked, this, &ImpactSettingsBox::saveThresholds);
    warnings->addRow(QString(), saveWarnings);

    auto *criteria = new QGridLayout;
    criteria->addWidget(new QLabel(tr("Criterion"), this), 0, 0);
    criteria->addWidget(new QLabel(tr("Weight"), this), 0, 1);
    criteria->addWidget(new QLabel(tr("Required"), this), 0, 2);
    criteria->addWidget(new QLabel(tr("Threshold"), this), 0, 3);
    int row = 1;
    for (Criterion c : ExitReadiness::all()) {
        auto *title = new QLabel(ExitReadiness::title(c), this);
        title->setToolTip(ExitReadiness::explain({c, 0, false, 0}));
        auto *weight = new QSpinBox(this);
        weight->setRange(0, 100);
        weight->setObjectName(u"weight_"_s + ExitReadiness::key(c));
        auto *required = new QCheckBox(this);
        required->setObjectName(u"required_"_s + ExitReadiness::key(c));
        auto *parameter = new QSpinBox(this);
        parameter->setRange(0, 100);
        parameter->setObjectName(u"parameter_"_s + ExitReadiness::key(c));
        // Only these take a threshold; the others are met or not.
        parameter->setEnabled(c == Criterion::GoalsAchieved || c == Criterion::Wellbeing || c == Criterion::WorkReadiness);
        criteria->addWidget(title, row, 0);
        criteria->addWidget(weight, row, 1);
        criteria->addWidget(required, row, 2);
        criteria->addWidget(parameter, row, 3);
        m_weights.insert(int(c), weight);
        m_required.insert(int(c), required);
        m_parameters.insert(int(c), parameter);
        ++row;
    }
    m_passMark->setObjectName(u"passMark"_s);
    m_passMark->setRange(1, 100);
    criteria->addWidget(new QLabel(tr("Ready from a score of"), this), row, 0);
    criteria->addWidget(m_passMark, row, 1);
    auto *saveCriteriaButton = new QPushButton(tr("Save the criteria"), this);
    saveCriteriaButton->setObjectName(u"saveCriteria"_s);
    connect(saveCriteriaButton, &QPushButton::clicked, this, &ImpactSettingsBox::saveCriteria);
    criteria->addWidget(saveCriteriaButton, row + 1, 0);
    criteria->setColumnStretch(4, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(warnings);
    layout->addWidget(new QLabel(tr("Readiness to exit: each criterion met adds its weight to the household's score, out of a hundred."), this));
    layout->addLayout(criteria);
    m_hideSmall->setObjectName(u"hideSmallNumbers"_s);
    layout->addWidget(m_hideSmall);
    load();
    connect(m_hideSmall, &QCheckBox::toggled, this, &ImpactSettingsBox::saveSmallNumbers);
}

QSpinBox *ImpactSettingsBox::spin(const QByteArray &name, int low, int high, const QString &suffix)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(low, high);
    box->setSuffix(suffix);
    box->setMaximumWidth(220); // a number, not a line of text
    m_thresholds.insert(name, box);
    return box;
}

void ImpactSettingsBox::load()
{
    auto t = EarlyWarnings(m_db).thresholds();
    auto c = ExitReadiness(m_db).criteria();
    if (!t || !c) {
        m_banner->showError(!t ? t.error().message : c.error().message);
        return;
    }
    for (const ThresholdBound &b : EarlyWarnings::thresholdBounds())
        m_thresholds.value(b.name)->setValue(t.value().*b.field);
    for (const CriterionSetting &s : c.value().criteria) {
        m_weights.value(int(s.criterion))->setValue(s.weight);
        m_required.value(int(s.criterion))->setChecked(s.required);
        m_parameters.value(int(s.criterion))->setValue(s.parameter);
    }
    m_passMark->setValue(c.value().passMark);
    auto hidden = SmallNumbers::hidden(m_db);
    if (!hidden) {
        m_banner->showError(hidden.error().message);
        return;
    }
    m_hideSmall->setChecked(hidden.value());
}

bool ImpactSettingsBox::saveSmallNumbers(bool hide)
{
    if (Status s = SmallNumbers::setHidden(m_db, m_session, hide); !s) {
        m_banner->showError(s.error().message);
        return false;
    }
    m_banner->showSuccess(hide ? tr("Exported reports now hide numbers of fewer than five households. The other "
                                    "computers do the same after sync.")
                               : tr("Exported reports now show every number. The other computers do the same after "
                                    "sync."));
    return true;
}

bool ImpactSettingsBox::saveThresholds()
{
    WarningThresholds t;
    for (const ThresholdBound &b : EarlyWarnings::thresholdBounds())
        t.*b.field = m_thresholds.value(b.name)->value();
    if (Status s = EarlyWarnings(m_db).setThresholds(m_session, t); !s) {
        m_banner->showError(s.error().message);
        return false;
    }
    m_banner->showSuccess(tr("The early-warning thresholds are saved. They reach the other computers with sync."));
    return true;
}

bool ImpactSettingsBox::saveCriteria()
{
    ReadinessCriteria c;
    c.passMark = m_passMark->value();
    for (Criterion k : ExitReadiness::all())
        c.criteria << CriterionSetting{k, m_weights.value(int(k))->value(), m_required.value(int(k))->isChecked(),
                                       m_parameters.value(int(k))->value()};
    if (Status s = ExitReadiness(m_db).setCriteria(m_session, c); !s) {
        m_banner->showError(s.error().message);
        return false;
    }
    m_banner->showSuccess(tr("The readiness criteria are saved. They reach the other computers with sync."));
    return true;
}

} // namespace tamkeen::ui
