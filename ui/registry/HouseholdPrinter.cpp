#include "registry/HouseholdPrinter.h"

#include "clinic/AppointmentService.h"
#include "clinic/ClinicText.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "plans/PlanService.h"
#include "registry/EligibilityText.h"
#include "registry/HouseholdService.h"
#include "registry/Identity.h"
#include "registry/MemberService.h"
#include "registry/Vocabulary.h"
#include "security/Session.h"

#include <QTextDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {

using registry::Vocabulary;

QString heading(const QString &text)
{
    return u"<h3>%1</h3>"_s.arg(text.toHtmlEscaped());
}

QString paragraph(const QString &text)
{
    return u"<p align=\"%1\">%2</p>"_s.arg(PdfDocument::start(), text.toHtmlEscaped());
}

bool current(const QString &planStatus)
{
    return planStatus == u"draft" || planStatus == u"submitted" || planStatus == u"active";
}

} // namespace

Result<PrintedHousehold> HouseholdPrinter::load(storage::Database &db, const security::Session &reader,
                                                const QByteArray &householdId, const QDateTime &now)
{
    PrintedHousehold f;
    f.printedAt = now;
    f.printedBy = reader.fullName.isEmpty() ? reader.username : reader.fullName;
    auto centre = org::Devices::thisDevice(db);
    if (!centre)
        return centre.error();
    f.centre = centre.value();

    registry::HouseholdService households(db);
    auto household = households.household(householdId);
    if (!household)
        return household.error();
    f.household = household.value();
    auto members = households.members().members(householdId);
    if (!members)
        return members.error();
    f.members = members.value();
    auto history = households.statusHistory(householdId);
    if (!history)
        return history.error();
    f.statusHistory = history.value();

    registry::IncomeService incomes(db);
    auto inForce = incomes.current(householdId, now.date());
    if (!inForce)
        return inForce.error();
    f.incomes = inForce.value();
    if (auto eligibility = incomes.eligibility(householdId, now.date()))
        f.eligibility = eligibility.value();

    // Each member's current plan; PlanService::plan() withholds the wellbeing
    // score from readers without access, and this summary never prints it.
    plans::PlanService plans(db);
    f.tracks = plans.allTracks();
    for (const registry::Member &m : f.members) {
        plans::PlanFilter filter;
        filter.memberId = m.id;
        auto rows = plans.list(filter, now.date());
        if (!rows)
            return rows.error();
        for (const plans::PlanRow &row : rows.value()) {
            if (!current(row.status))
                continue;
            PrintedHousehold::CurrentPlan p;
            auto plan = plans.plan(reader, row.id);
            if (!plan)
                return plan.error();
            p.plan = plan.value();
            auto goals = plans.goals(row.id);
            if (!goals)
                return goals.error();
            p.goals = goals.value();
            auto progress = plans.progress(row.id, now.date());
            if (!progress)
                return progress.error();
            p.progress = progress.value();
            f.plans << p;
        }
    }

    auto referred = referrals::ReferralService(db).ofHousehold(householdId);
    if (!referred)
        return referred.error();
    f.referrals = referred.value();

    clinic::AppointmentService appointments(db);
    for (const registry::Member &m : f.members) {
        auto booked = appointments.ofMember(m.id);
        if (!booked)
            return booked.error();
        for (const clinic::Appointment &a : booked.value())
            if (a.status == u"booked" && a.startsAt >= now)
                f.appointments << a;
    }
    std::sort(f.appointments.begin(), f.appointments.end(),
              [](const clinic::Appointment &a, const clinic::Appointment &b) { return a.startsAt < b.startsAt; });
    return f;
}

QString HouseholdPrinter::html(const AppSettings &settings, const PrintedHousehold &f)
{
    const Display display(settings);
    const registry::Household &h = f.household;
    const QString none = u"—"_s;
    auto date = [&](const QDate &d) { return d.isValid() ? display.date(d) : none; };

    QString body = PdfDocument::letterhead(f.centre, tr("Case file summary"));

    // The household.
    QString head;
    for (const registry::Member &m : f.members)
        if (m.relation == u"head")
            head = m.fullName();
    QStringList place;
    for (const QString &part : {h.region, h.city, h.district, h.address})
        if (!part.trimmed().isEmpty())
            place << part.trimmed();
    QStringList housing;
    if (!h.housingType.isEmpty())
        housing << Vocabulary::label(Vocabulary::housingTypes(), h.housingType);
    if (!h.housingOwnership.isEmpty())
        housing << Vocabulary::label(Vocabulary::housingOwnership(), h.housingOwnership);
    body += heading(tr("The household"));
    body += PdfDocument::facts(
        {{tr("File number"), Display::ltr(h.fileNumber)},
         {tr("Head of household"), head.isEmpty() ? none : head},
         {tr("Status"), Vocabulary::label(Vocabulary::statuses(), h.status)},
         {tr("Since"), date(h.statusDate)},
         {tr("Registered on"), date(h.registrationDate)},
         {tr("Members"), display.number(f.members.size())},
         {tr("Address"), place.isEmpty() ? none : Display::joined(place)},
         {tr("Phone"), h.phone.isEmpty() ? none : Display::ltr(h.phone)},
         {tr("Housing"), housing.isEmpty() ? none : Display::joined(housing)},
         {tr("Monthly rent"), h.monthlyRent && f.eligibility ? display.money(*h.monthlyRent, f.eligibility->currency)
                                                             : none}});

    // The members, IDs kept in Latin digits and left to right.
    body += u"<h4>%1</h4>"_s.arg(tr("Members").toHtmlEscaped());
    QList<QStringList> memberRows;
    for (const registry::Member &m : f.members) {
        QString id = none;
        if (!m.idNumber.isEmpty()) {
            const auto type = registry::Identity::fromKey(m.idType);
            id = type ? tr("%1 (%2)").arg(Display::ltr(m.idNumber), registry::Identity::displayName(*type))
                      : Display::ltr(m.idNumber);
        }
        memberRows << QStringList{m.fullName(), Vocabulary::label(Vocabulary::relations(), m.relation),
                                  Vocabulary::label(Vocabulary::sexes(), m.sex), date(m.birthDate), id,
                                  m.employment.isEmpty() ? none
                                                         : Vocabulary::label(Vocabulary::employmentStatuses(), m.employment)};
    }
    body += PdfDocument::table({tr("Name"), tr("Relation"), tr("Sex"), tr("Birth date"), tr("ID number"), tr("Employment")},
                               memberRows);

    // Incomes and eligibility against the threshold.
    QHash<QByteArray, QString> names;
    for (const registry::Member &m : f.members)
        names.insert(m.id, m.fullName());
    body += heading(tr("Incomes and eligibility"));
    if (f.eligibility) {
        const registry::Eligibility &e = *f.eligibility;
        body += PdfDocument::facts({{tr("Household income"), display.money(e.householdIncome, e.currency)},
                                    {tr("Income per person"), display.money(e.incomePerPerson, e.currency)},
                                    {tr("Threshold"), display.money(e.threshold, e.currency)},
                                    {tr("Eligibility"), e.eligible ? tr("Eligible") : tr("Not eligible")}});
        body += paragraph(EligibilityText::explain(display, e));
    }
    if (f.incomes.isEmpty()) {
        body += paragraph(tr("No income is recorded."));
    } else {
        QList<QStringList> rows;
        for (const registry::Income &i : f.incomes)
            rows << QStringList{i.memberId.isEmpty() ? tr("Household") : names.value(i.memberId),
                                Vocabulary::label(Vocabulary::incomeSources(), i.source), display.money(i.amount, i.currency),
                                date(i.effectiveDate)};
        body += u"<h4>%1</h4>"_s.arg(tr("Incomes in force").toHtmlEscaped());
        body += PdfDocument::table({tr("Whose"), tr("Source"), tr("Monthly amount"), tr("Since")}, rows);
    }

    // Status history: registration, exits and returns.
    body += heading(tr("Status history"));
    QList<QStringList> statusRows;
    for (const registry::StatusChange &c : f.statusHistory)
        statusRows << QStringList{date(c.date), Vocabulary::label(Vocabulary::statuses(), c.status),
                                  c.previousStatus.isEmpty() ? none
                                                             : Vocabulary::label(Vocabulary::statuses(), c.previousStatus),
                                  c.previousStatus.isEmpty() && c.reason.isEmpty() ? tr("Registered") : c.reason};
    body += statusRows.isEmpty() ? paragraph(tr("No change of status is recorded."))
                                 : PdfDocument::table({tr("Date"), tr("Status"), tr("Before"), tr("Reason")}, statusRows);

    // Current plans, each kept on one page with its goals when it fits.
    body += heading(tr("Current empowerment plans"));
    if (f.plans.isEmpty())
        body += paragraph(tr("No member has a current plan."));
    for (const PrintedHousehold::CurrentPlan &p : f.plans) {
        body += u"<h4>%1</h4>"_s.arg(tr("Plan of %1").arg(p.plan.memberName).toHtmlEscaped());
        body += PdfDocument::facts(
            {{tr("Status"), Vocabulary::label(plans::PlanService::statuses(), p.plan.status)},
             {tr("Started on"), date(p.plan.startedOn)},
             {tr("Next review"), date(p.plan.nextReview)},
             {tr("Progress"), display.digits(tr("%1 of %2 goals achieved, %3 of %4 tasks done")
                                                 .arg(display.number(p.progress.goalsAchieved),
                                                      display.number(p.progress.goals),
                                                      display.number(p.progress.tasksDone),
                                                      display.number(p.progress.tasks)))}});
        if (p.goals.isEmpty()) {
            body += paragraph(tr("No goals have been set yet."));
            continue;
        }
        QList<QStringList> rows;
        int n = 0;
        for (const plans::Goal &g : p.goals)
            rows << QStringList{display.number(++n), g.description, Vocabulary::label(f.tracks, g.domain),
                                Vocabulary::label(plans::PlanService::goalStatuses(), g.status), date(g.targetDate)};
        body += u"<p></p>"_s
                + PdfDocument::table({tr("No."), tr("Goal"), tr("Track"), tr("Status"), tr("Target date")}, rows);
    }

    // Referrals.
    body += heading(tr("Referrals"));
    QList<QStringList> referralRows;
    for (const referrals::Referral &r : f.referrals)
        referralRows << QStringList{r.memberName, r.partnerName, r.service, date(r.sentOn),
                                    Vocabulary::label(referrals::ReferralService::statuses(), r.status)};
    body += referralRows.isEmpty()
                ? paragraph(tr("No referral has been made."))
                : PdfDocument::table({tr("Beneficiary"), tr("Partner"), tr("Service"), tr("Sent"), tr("Status")},
                                     referralRows);

    // Next appointments.
    body += heading(tr("Next appointments"));
    QList<QStringList> appointmentRows;
    for (const clinic::Appointment &a : f.appointments)
        appointmentRows << QStringList{date(a.startsAt.date()), ClinicText::time(display, a.startsAt), a.memberName,
                                       a.counsellorName, ClinicText::place(a.place)};
    body += appointmentRows.isEmpty()
                ? paragraph(tr("No appointment is booked."))
                : PdfDocument::table({tr("Date"), tr("Time"), tr("Beneficiary"), tr("Counsellor"), tr("Place")},
                                     appointmentRows);

    body += u"<p align=\"%1\"><small>%2</small></p>"_s.arg(
        PdfDocument::start(),
        Display::joined({tr("Printed on %1 at %2").arg(display.date(f.printedAt.date()), display.time(f.printedAt.time())),
                         tr("by %1").arg(f.printedBy)})
            .toHtmlEscaped());
    return PdfDocument::html(body);
}

PrintedDocument HouseholdPrinter::printed(const AppSettings &settings, const PrintedHousehold &file)
{
    const QString title = tr("Case file summary");
    return {PdfDocument::document(html(settings, file)), title,
            Display::joined({file.centre.centreName, title, Display::ltr(file.household.fileNumber)})};
}

Result<PrintedDocument> HouseholdPrinter::make(storage::Database &db, const AppSettings &settings,
                                               const security::Session &reader, const QByteArray &householdId)
{
    auto file = load(db, reader, householdId);
    if (!file)
        return file.error();
    return printed(settings, file.value());
}

Status HouseholdPrinter::write(const QString &path, storage::Database &db, const AppSettings &settings,
                               const security::Session &reader, const QByteArray &householdId)
{
    auto doc = make(db, settings, reader, householdId);
    if (!doc)
        return doc.error();
    return PdfDocument::write(path, doc.value(), Display(settings), [&](const QString &reason) {
        return reason.isEmpty()
                   ? tr("The file summary could not be written to %1. Choose another folder.").arg(Display::ltr(path))
                   : tr("The file summary could not be written to %1 (%2). Choose another folder.")
                         .arg(Display::ltr(path), reason);
    });
}

} // namespace tamkeen::ui
