#include "impact/ImpactSettingsBox.h"

#include "format/Display.h"
#include "impact/PathwayEditor.h"
#include "impact/SmallNumbers.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace tamkeen::impact;

namespace tamkeen::ui {

ImpactSettingsBox::ImpactSettingsBox(storage::Database &db, const security::Session &session, MessageBanner *banner,
                                     QWidget *parent)
    : QGroupBox(tr("Early warning and graduation pathways, for the whole organisation"), parent), m_db(db),
      m_session(session), m_banner(banner), m_pathways(new PathwayEditor(db, session, banner, this)),
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

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(warnings);
    layout->addWidget(m_pathways);
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
    if (!t) {
        m_banner->showError(t.error().message);
        return;
    }
    for (const ThresholdBound &b : EarlyWarnings::thresholdBounds())
        m_thresholds.value(b.name)->setValue(t.value().*b.field);
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

QSpinBox *ImpactSettingsBox::weight(impact::Criterion c) const
{
    return m_pathways->weight(c);
}

QCheckBox *ImpactSettingsBox::required(impact::Criterion c) const
{
    return m_pathways->required(c);
}

QSpinBox *ImpactSettingsBox::passMark() const
{
    return m_pathways->passMark();
}

bool ImpactSettingsBox::saveCriteria()
{
    return m_pathways->save();
}

} // namespace tamkeen::ui
