#include "impact/GraduationDialogs.h"

#include "format/Display.h"
#include "impact/GraduationPathways.h"
#include "referrals/ExitService.h"
#include "registry/Vocabulary.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;
using namespace tamkeen::impact;

namespace tamkeen::ui {

QString DecideGraduationDialog::criteriaText(const QList<CriterionSnapshot> &criteria, bool met)
{
    QStringList names;
    for (const CriterionSnapshot &c : criteria)
        if (c.met == met)
            names << ExitReadiness::title(c.criterion) + (c.required && !met ? tr(" (required)") : QString());
    return names.join(tr(", "));
}

ProposeGraduationDialog::ProposeGraduationDialog(storage::Database &db, const AppSettings &settings,
                                                 const security::Session &session, const HouseholdReadiness &household,
                                                 QWidget *parent)
    : FormDialog(tr("Propose graduation"), tr("Propose"), parent), m_db(db), m_settings(settings), m_session(session),
      m_household(household.householdId), m_pathway(new QComboBox(this)), m_criteria(new QLabel(this)),
      m_reason(new QComboBox(this)), m_note(new QLineEdit(this))
{
    setObjectName(u"proposeGraduation"_s);
    const Display display(settings);
    m_pathway->setObjectName(u"pathway"_s);
    m_reason->setObjectName(u"exitReason"_s);
    m_note->setObjectName(u"note"_s);
    m_criteria->setWordWrap(true);
    auto pathways = GraduationPathways(db).all();
    if (pathways)
        for (const Pathway &p : pathways.value())
            m_reasons.insert(p.key, p.exitReason);
    auto judged = ExitReadiness(db).onEachPathway(session, household.householdId, QDate::currentDate());
    if (judged)
        m_judged = judged.value();
    else
        banner()->showError(judged.error().message);
    for (const HouseholdReadiness &r : m_judged)
        m_pathway->addItem(display.digits(tr("%1: %2 of 100, %3")
                                              .arg(r.pathwayName, display.number(r.score), r.ready ? tr("ready") : tr("not yet"))),
                           r.pathwayKey);
    for (const registry::Term &t : referrals::ExitService::exitReasons())
        if (GraduationPathways::positiveReasons().contains(t.key))
            m_reason->addItem(t.label, t.key);
    auto *family = new QLabel(Display::ltr(household.fileNumber) + u" — "_s + household.headName, this);
    family->setWordWrap(true);
    m_form->addRow(tr("Family"), family);
    m_form->addRow(tr("Pathway"), m_pathway);
    m_form->addRow(tr("Criteria met"), m_criteria);
    m_form->addRow(tr("Leaves support for"), m_reason);
    m_form->addRow(tr("Why now"), m_note);
    m_note->setPlaceholderText(tr("What the family has achieved, for the supervisor"));
    m_fields = {{u"pathway"_s, m_pathway}, {u"exitReason"_s, m_reason}, {u"note"_s, m_note}};
    connect(m_pathway, &QComboBox::currentIndexChanged, this, &ProposeGraduationDialog::showPathway);
    showPathway();
    finishLayout();
    m_note->setFocus();
}

void ProposeGraduationDialog::showPathway()
{
    const int i = m_pathway->currentIndex();
    if (i < 0 || i >= m_judged.size())
        return;
    const HouseholdReadiness &r = m_judged[i];
    QStringList met;
    for (const CriterionResult &c : r.results)
        if (c.met && !c.withheld)
            met << ExitReadiness::title(c.criterion);
    m_criteria->setText(met.isEmpty() ? tr("None yet") : met.join(tr(", ")));
    // A pathway with its own way out leads there; the general one asks.
    const QString reason = m_reasons.value(r.pathwayKey);
    if (!reason.isEmpty())
        m_reason->setCurrentIndex(m_reason->findData(reason));
    m_reason->setEnabled(reason.isEmpty());
}

Status ProposeGraduationDialog::save()
{
    auto id = GraduationService(m_db).propose(m_session, m_household, m_pathway->currentData().toString(), m_note->text(),
                                              m_reason->currentData().toString());
    return id ? Status() : Status(id.error());
}

DecideGraduationDialog::DecideGraduationDialog(storage::Database &db, const AppSettings &settings,
                                               const security::Session &session, const GraduationRequest &r,
                                               Decision decision, QWidget *parent)
    : FormDialog(decision == Decision::Approve ? tr("Approve the graduation") : tr("Do not approve the graduation"),
                 decision == Decision::Approve ? tr("Approve and record the exit") : tr("Not approved"), parent),
      m_db(db), m_session(session), m_request(r.id), m_decision(decision), m_note(new QLineEdit(this))
{
    setObjectName(decision == Decision::Approve ? u"approveGraduation"_s : u"rejectGraduation"_s);
    const Display display(settings);
    m_note->setObjectName(u"note"_s);
    const auto label = [this](const QString &text) {
        auto *l = new QLabel(text, this);
        l->setWordWrap(true);
        return l;
    };
    m_form->addRow(tr("Family"), label(Display::ltr(r.fileNumber) + u" — "_s + r.headName));
    m_form->addRow(tr("Pathway"), label(r.pathwayName + u" — "_s
                                        + registry::Vocabulary::label(referrals::ExitService::exitReasons(), r.exitReason)));
    m_form->addRow(tr("Proposed by"), label(tr("%1 on %2").arg(r.proposedByName, display.date(r.proposedOn))));
    m_form->addRow(tr("Why now"), label(r.note));
    m_form->addRow(tr("Score then"), label(display.digits(tr("%1 of 100 (ready from %2)").arg(display.number(r.score), display.number(r.passMark)))));
    const QString unmet = criteriaText(r.criteria, false);
    m_form->addRow(tr("Criteria met"), label(criteriaText(r.criteria, true)));
    if (!unmet.isEmpty())
        m_form->addRow(tr("Not met"), label(unmet));
    // Today, on the same pathway: the family may have changed since.
    auto now = ExitReadiness(db).onEachPathway(session, r.householdId, QDate::currentDate());
    if (now) {
        for (const HouseholdReadiness &h : now.value())
            if (h.pathwayKey == r.pathwayKey)
                m_form->addRow(tr("Score today"), label(display.digits(tr("%1 of 100, %2").arg(display.number(h.score),
                                                                              h.ready ? tr("ready") : tr("not ready any more")))));
    }
    m_form->addRow(decision == Decision::Approve ? tr("Note") : tr("Why not yet"), m_note);
    if (decision == Decision::Approve)
        m_form->addRow(QString(), label(display.digits(tr("The family leaves support today for this reason; follow-ups are due 3, 6 and 12 months later."))));
    m_fields = {{u"note"_s, m_note}};
    finishLayout();
    m_note->setFocus();
}

Status DecideGraduationDialog::save()
{
    GraduationService graduations(m_db);
    return m_decision == Decision::Approve ? graduations.approve(m_session, m_request, m_note->text())
                                           : graduations.reject(m_session, m_request, m_note->text());
}

} // namespace tamkeen::ui
