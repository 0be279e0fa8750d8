#include "clinic/ClinicSettingsBox.h"

#include "clinic/ClinicViews.h"
#include "clinic/ClinicVocabulary.h"
#include "plans/PlanService.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

ClinicSettingsBox::ClinicSettingsBox(storage::Database &db, const security::Session &session, MessageBanner *banner,
                                     QWidget *parent)
    : QGroupBox(tr("Empowerment clinic and plans, for the whole organisation"), parent), m_db(db), m_session(session),
      m_banner(banner), m_days(new QSpinBox(this)), m_types(new QListWidget(this)), m_tracks(new QListWidget(this))
{
    auto *form = new QFormLayout(this);
    m_days->setObjectName(u"followUpDays"_s);
    m_days->setRange(1, 365);
    m_days->setSuffix(tr(" days"));
    if (auto days = clinic::ClinicViews::followUpDays(db))
        m_days->setValue(days.value());
    auto *saveDays = new QPushButton(tr("Save"), this);
    saveDays->setObjectName(u"saveFollowUpDays"_s);
    auto *daysRow = new QHBoxLayout;
    daysRow->addWidget(m_days);
    daysRow->addWidget(saveDays);
    daysRow->addStretch(1);
    form->addRow(tr("Follow up members without a session for more than"), daysRow);

    m_types->setObjectName(u"sessionTypes"_s);
    m_types->setMaximumHeight(150);
    form->addRow(tr("Consultation types"), m_types);
    auto *name = new QLineEdit(this);
    name->setObjectName(u"newTypeName"_s);
    name->setPlaceholderText(tr("Name of a new consultation type"));
    auto *confidential = new QCheckBox(tr("Confidential, like psychological counselling"), this);
    confidential->setObjectName(u"newTypeConfidential"_s);
    auto *add = new QPushButton(tr("Add the type"), this);
    add->setObjectName(u"addType"_s);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(name, 1);
    addRow->addWidget(confidential);
    addRow->addWidget(add);
    form->addRow(QString(), addRow);
    reloadTypes();

    m_tracks->setObjectName(u"planTracks"_s);
    m_tracks->setMaximumHeight(120);
    form->addRow(tr("Empowerment tracks"), m_tracks);
    auto *trackName = new QLineEdit(this);
    trackName->setObjectName(u"newTrackName"_s);
    trackName->setPlaceholderText(tr("Name of a new empowerment track"));
    auto *addTrackButton = new QPushButton(tr("Add the track"), this);
    addTrackButton->setObjectName(u"addTrack"_s);
    auto *trackRow = new QHBoxLayout;
    trackRow->addWidget(trackName, 1);
    trackRow->addWidget(addTrackButton);
    form->addRow(QString(), trackRow);
    reloadTracks();
    connect(addTrackButton, &QPushButton::clicked, this, [this, trackName] {
        if (addTrack(trackName->text()))
            trackName->clear();
    });

    connect(saveDays, &QPushButton::clicked, this, [this] { saveFollowUpDays(m_days->value()); });
    connect(add, &QPushButton::clicked, this, [this, name, confidential] {
        if (addType(name->text(), confidential->isChecked())) {
            name->clear();
            confidential->setChecked(false);
        }
    });
}

void ClinicSettingsBox::reloadTypes()
{
    m_types->clear();
    auto types = clinic::ClinicVocabulary::sessionTypes(m_db);
    if (!types) {
        m_banner->showError(types.error().message);
        return;
    }
    for (const clinic::SessionType &t : types.value())
        m_types->addItem(t.confidential ? tr("%1 (confidential)").arg(t.label) : t.label);
}

void ClinicSettingsBox::reloadTracks()
{
    m_tracks->clear();
    for (const registry::Term &t : plans::PlanService(m_db).allTracks())
        m_tracks->addItem(t.label);
}

bool ClinicSettingsBox::addTrack(const QString &name)
{
    const Status s = plans::PlanService(m_db).addTrack(m_session, name);
    if (!s) {
        m_banner->showError(s.error().message);
        return false;
    }
    reloadTracks();
    m_banner->showSuccess(tr("The empowerment track «%1» was added.").arg(name.simplified()));
    return true;
}

bool ClinicSettingsBox::saveFollowUpDays(int days)
{
    const Status s = clinic::ClinicViews::setFollowUpDays(m_db, m_session, days);
    if (!s) {
        m_banner->showError(s.error().message);
        return false;
    }
    m_banner->showSuccess(tr("Saved: members without a session for more than %1 days are listed for follow-up.")
                              .arg(days));
    return true;
}

bool ClinicSettingsBox::addType(const QString &name, bool confidential)
{
    const Status s = clinic::ClinicVocabulary::addSessionType(m_db, m_session, name, confidential);
    if (!s) {
        m_banner->showError(s.error().message);
        return false;
    }
    reloadTypes();
    m_banner->showSuccess(tr("The consultation type «%1» was added.").arg(name.simplified()));
    return true;
}

} // namespace tamkeen::ui
