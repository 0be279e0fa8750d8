#include "impact/PathwayEditor.h"

#include "plans/PlanService.h"
#include "referrals/ExitService.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace tamkeen::impact;

namespace tamkeen::ui {

PathwayEditor::PathwayEditor(storage::Database &db, const security::Session &session, MessageBanner *banner,
                             QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_banner(banner), m_pathways(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_reason(new QComboBox(this)), m_passMark(new QSpinBox(this)),
      m_archive(new QPushButton(tr("Archive the pathway"), this))
{
    m_pathways->setObjectName(u"pathways"_s);
    m_name->setObjectName(u"pathwayName"_s);
    m_reason->setObjectName(u"pathwayExit"_s);
    m_archive->setObjectName(u"archivePathway"_s);
    auto *add = new QPushButton(tr("New pathway"), this);
    add->setObjectName(u"newPathway"_s);
    connect(add, &QPushButton::clicked, this, &PathwayEditor::startNew);
    connect(m_archive, &QPushButton::clicked, this, &PathwayEditor::archiveCurrent);
    connect(m_pathways, &QComboBox::activated, this, [this](int i) {
        if (i >= 0 && i < m_list.size())
            show(m_list[i]);
    });
    auto *choose = new QHBoxLayout;
    choose->addWidget(new QLabel(tr("Pathway"), this));
    choose->addWidget(m_pathways, 1);
    choose->addWidget(add);
    choose->addWidget(m_archive);

    m_reason->addItem(tr("Chosen when proposing"), QString());
    for (const registry::Term &t : referrals::ExitService::exitReasons())
        if (GraduationPathways::positiveReasons().contains(t.key))
            m_reason->addItem(t.label, t.key);
    auto *tracks = new QGridLayout;
    int n = 0;
    for (const registry::Term &t : plans::PlanService(db).allTracks()) {
        auto *box = new QCheckBox(t.label, this);
        box->setObjectName(u"track_"_s + t.key);
        m_tracks.insert(t.key, box);
        tracks->addWidget(box, n / 3, n % 3);
        ++n;
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Leads to"), m_reason);
    form->addRow(tr("For plans on the tracks"), tracks);

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
    auto *saveButton = new QPushButton(tr("Save the pathway"), this);
    saveButton->setObjectName(u"saveCriteria"_s);
    connect(saveButton, &QPushButton::clicked, this, &PathwayEditor::save);
    criteria->addWidget(saveButton, row + 1, 0);
    criteria->setColumnStretch(4, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *about = new QLabel(tr("Readiness to exit: each criterion met adds its weight to the household's score, out of a "
                                "hundred. A plan is judged on the pathway for its track; the general pathway judges the "
                                "others."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);
    layout->addLayout(choose);
    layout->addLayout(form);
    layout->addLayout(criteria);
    reload(GraduationPathways::kDefault);
}

void PathwayEditor::reload(const QString &select)
{
    auto list = GraduationPathways(m_db).all();
    if (!list) {
        m_banner->showError(list.error().message);
        return;
    }
    m_list = list.value();
    m_pathways->clear();
    int current = 0;
    for (int i = 0; i < m_list.size(); ++i) {
        m_pathways->addItem(GraduationPathways::displayName(m_list[i]), m_list[i].key);
        if (m_list[i].key == select)
            current = i;
    }
    m_pathways->setCurrentIndex(current);
    if (!m_list.isEmpty())
        show(m_list[current]);
}

void PathwayEditor::show(const Pathway &p)
{
    m_key = p.key;
    m_name->setText(p.name);
    m_name->setPlaceholderText(p.isDefault() ? GraduationPathways::displayName(p) : QString());
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(p.exitReason)));
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it) {
        it.value()->setChecked(p.tracks.contains(it.key()));
        it.value()->setEnabled(!p.isDefault()); // the general one is for every other plan
    }
    for (const CriterionSetting &s : p.criteria.criteria) {
        m_weights.value(int(s.criterion))->setValue(s.weight);
        m_required.value(int(s.criterion))->setChecked(s.required);
        m_parameters.value(int(s.criterion))->setValue(s.parameter);
    }
    m_passMark->setValue(p.criteria.passMark);
    m_archive->setEnabled(!p.isDefault() && !p.key.isEmpty());
}

void PathwayEditor::startNew()
{
    Pathway p = GraduationPathways::suggested(u"employment"_s);
    m_pathways->addItem(tr("New pathway (not saved yet)"), QString());
    m_pathways->setCurrentIndex(m_pathways->count() - 1);
    show(p);
    m_name->setFocus();
}

bool PathwayEditor::save()
{
    Pathway p;
    p.key = m_key;
    p.name = m_name->text();
    p.exitReason = m_reason->currentData().toString();
    if (m_key != GraduationPathways::kDefault)
        for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it)
            if (it.value()->isChecked())
                p.tracks << it.key();
    p.criteria.passMark = m_passMark->value();
    p.criteria.criteria.clear();
    for (Criterion k : ExitReadiness::all())
        p.criteria.criteria << CriterionSetting{k, m_weights.value(int(k))->value(), m_required.value(int(k))->isChecked(),
                                                m_parameters.value(int(k))->value()};
    auto saved = GraduationPathways(m_db).save(m_session, p);
    if (!saved) {
        m_banner->showError(saved.error().message);
        return false;
    }
    m_banner->showSuccess(tr("The pathway is saved. It reaches the other computers with sync."));
    reload(saved.value());
    return true;
}

bool PathwayEditor::archiveCurrent()
{
    if (Status s = GraduationPathways(m_db).archive(m_session, m_key); !s) {
        m_banner->showError(s.error().message);
        return false;
    }
    m_banner->showSuccess(tr("The pathway is archived: no plan is judged on it any more."));
    reload(GraduationPathways::kDefault);
    return true;
}

} // namespace tamkeen::ui
