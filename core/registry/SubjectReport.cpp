#include "registry/SubjectReport.h"

#include "clinic/ClinicVocabulary.h"
#include "impact/SatisfactionRecords.h"
#include "impact/SatisfactionService.h"
#include "plans/PlanService.h"
#include "referrals/ExitService.h"
#include "referrals/ReferralService.h"
#include "registry/ConsentService.h"
#include "registry/Identity.h"
#include "registry/SubjectAccess.h"
#include "registry/Vocabulary.h"
#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QHash>
#include "casework/CareLevels.h"
#include "casework/Conditions.h"
#include "casework/Crisis.h"
#include "casework/Objections.h"
#include "casework/Support.h"
#include "documents/Documents.h"
#include "visits/VisitChecklist.h"
#include "visits/VisitService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

// The order a person reads their file in; a table not named here comes last.
const QStringList kOrder = {
    u"members"_s,         u"households"_s,         u"household_status"_s,   u"incomes"_s,
    u"care_levels"_s,     u"household_assignments"_s, u"household_support"_s, u"objections"_s, u"objection_notes"_s, u"crisis_assistance"_s, u"documents"_s, u"condition_compliance"_s, u"compliance_actions"_s, u"conditional_decisions"_s, u"home_visits"_s,     u"consents"_s,        u"appointments"_s,       u"appointment_status"_s, u"sessions"_s,
    u"session_amendments"_s, u"agreed_actions"_s,  u"assessments"_s,        u"plans"_s,
    u"plan_goals"_s,      u"plan_tasks"_s,         u"plan_events"_s,        u"referrals"_s,
    u"referral_status"_s, u"household_exits"_s,    u"exit_followups"_s,     u"satisfaction_surveys"_s,
    u"graduation_requests"_s, u"graduation_decisions"_s, u"warning_reviews"_s, u"duplicate_decisions"_s,
    u"household_merges"_s};

// Yes/no columns (0 or 1).
const QStringList kFlags = {u"able_to_work"_s, u"employed"_s, u"declined"_s, u"confidential"_s, u"eligible"_s, u"met"_s};
// Columns holding several codes separated by commas.
const QStringList kLists = {u"categories"_s, u"types"_s, u"tracks"_s};

QList<Term> planEvents()
{
    return {{u"created"_s, SubjectReportBuilder::tr("Drawn up")},
            {u"submitted"_s, SubjectReportBuilder::tr("Submitted for approval")},
            {u"approved"_s, SubjectReportBuilder::tr("Approved")},
            {u"returned"_s, SubjectReportBuilder::tr("Returned for changes")},
            {u"reviewed"_s, SubjectReportBuilder::tr("Reviewed")},
            {u"completed"_s, SubjectReportBuilder::tr("Completed")},
            {u"exited"_s, SubjectReportBuilder::tr("Exited support")},
            {u"discontinued"_s, SubjectReportBuilder::tr("Discontinued")}};
}

QList<Term> otherCodes()
{
    return {{u"exit"_s, SubjectReportBuilder::tr("Left support")},
            {u"reentry"_s, SubjectReportBuilder::tr("Came back to support")},
            {u"open"_s, SubjectReportBuilder::tr("Open")},
            {u"done"_s, SubjectReportBuilder::tr("Done")},
            {u"same_person"_s, SubjectReportBuilder::tr("The same person")},
            {u"different_people"_s, SubjectReportBuilder::tr("Different people")},
            {u"approved"_s, SubjectReportBuilder::tr("Approved")},
            {u"rejected"_s, SubjectReportBuilder::tr("Rejected")},
            {u"SA"_s, SubjectReportBuilder::tr("Saudi")},
            {u"EG"_s, SubjectReportBuilder::tr("Egyptian")},
            {u"LB"_s, SubjectReportBuilder::tr("Lebanese")},
            {u"SAR"_s, SubjectReportBuilder::tr("Saudi riyals")},
            {u"EGP"_s, SubjectReportBuilder::tr("Egyptian pounds")},
            {u"LBP"_s, SubjectReportBuilder::tr("Lebanese pounds")},
            {u"USD"_s, SubjectReportBuilder::tr("US dollars")},
            {u"members"_s, SubjectReportBuilder::tr("A family member's data")},
            {u"households"_s, SubjectReportBuilder::tr("The whole household's data")}};
}

QList<Term> idTypes()
{
    QList<Term> terms;
    for (IdType t : Identity::all())
        terms.append({Identity::key(t), Identity::displayName(t)});
    return terms;
}

QList<Term> occasions()
{
    QList<Term> terms;
    for (impact::Occasion o : {impact::Occasion::Session, impact::Occasion::PlanReview, impact::Occasion::Exit})
        terms.append({impact::occasionKey(o), impact::SatisfactionService::occasionLabel(o)});
    return terms;
}

// The vocabulary a column's codes come from, by "table.column" or column.
QList<Term> vocabularyOf(const QString &table, const QString &column, const QList<Term> &sessionTypes)
{
    const QString both = table + u'.' + column;
    const bool status = column == u"status" || column == u"previous_status";
    if (column == u"relation")
        return Vocabulary::relations();
    if (column == u"sex")
        return Vocabulary::sexes();
    if (column == u"marital_status")
        return Vocabulary::maritalStatuses();
    if (column == u"education")
        return Vocabulary::educationLevels();
    if (column == u"employment")
        return Vocabulary::employmentStatuses();
    if (column == u"housing_type")
        return Vocabulary::housingTypes();
    if (column == u"housing_ownership")
        return Vocabulary::housingOwnership();
    if (column == u"categories")
        return Vocabulary::defaultCategories();
    if (column == u"id_type")
        return idTypes();
    if (both == u"incomes.source")
        return Vocabulary::incomeSources();
    if (status && (table == u"households" || table == u"household_status"))
        return Vocabulary::statuses();
    if (status && (table == u"appointments" || table == u"appointment_status"))
        return clinic::ClinicVocabulary::appointmentStatuses();
    if (column == u"place" || column == u"mode")
        return clinic::ClinicVocabulary::places();
    if (column == u"types")
        return sessionTypes;
    if (both == u"agreed_actions.responsible")
        return clinic::ClinicVocabulary::responsibles();
    if (both == u"assessments.kind")
        return clinic::ClinicVocabulary::assessmentKinds();
    if (status && (table == u"plans" || table == u"plan_events"))
        return plans::PlanService::statuses() + planEvents();
    if (both == u"plan_events.event")
        return planEvents();
    if (status && table == u"plan_goals")
        return plans::PlanService::goalStatuses();
    if (column == u"tracks" || column == u"domain")
        return plans::PlanService::tracks();
    if (both == u"plan_tasks.responsible")
        return plans::PlanService::responsibles();
    if (status && (table == u"referrals" || table == u"referral_status"))
        return referrals::ReferralService::statuses();
    if (column == u"purpose")
        return ConsentService::purposes();
    if (column == u"method")
        return ConsentService::methods();
    if (both == u"household_exits.reason" || column == u"exit_reason")
        return referrals::ExitService::exitReasons() + referrals::ExitService::reentryReasons();
    if (column == u"occasion")
        return occasions();
    if (both == u"household_assignments.kind")
        return {{u"assign"_s, SubjectReportBuilder::tr("Assigned to another social worker")},
                {u"transfer"_s, SubjectReportBuilder::tr("Transferred to another centre")}};
    if (both == u"care_levels.level")
        return casework::CareLevels::levels();
    if (both == u"household_support.support_type")
        return casework::Support::builtInTypes(); // an administrator's own type shows as written
    if (both == u"household_support.frequency")
        return casework::Support::frequencies();
    if (both == u"household_support.decision")
        return casework::Support::decisions();
    if (both == u"objections.kind")
        return casework::Objections::kinds();
    if (both == u"objections.subject")
        return casework::Objections::subjects();
    if (both == u"objections.channel")
        return casework::Objections::channels();
    if (both == u"objections.decision")
        return casework::Objections::decisions();
    if (both == u"crisis_assistance.kind")
        return casework::Crisis::assistanceKinds();
    if (both == u"compliance_actions.action" || both == u"conditional_decisions.action")
        return casework::Conditions::actions();
    if (both == u"documents.doc_type")
        return documents::Documents::types();
    if (both == u"documents.about_table") {
        QList<Term> kinds;
        for (const QString &t : documents::Documents::aboutTables())
            kinds.append({t, documents::Documents::aboutKind(t)});
        return kinds;
    }
    if (both == u"home_visits.outcome")
        return visits::VisitService::outcomes();
    if (status && table == u"home_visits") {
        QList<Term> terms;
        for (auto v : {visits::VisitStatus::Planned, visits::VisitStatus::Done, visits::VisitStatus::Cancelled})
            terms.append({visits::VisitService::statusKey(v), visits::VisitService::statusLabel(v)});
        return terms;
    }
    return {};
}

QString words(const QList<Term> &terms, const QString &code)
{
    for (const Term &t : terms)
        if (t.key == code)
            return t.label;
    for (const Term &t : otherCodes())
        if (t.key == code)
            return t.label;
    return code; // written by a person, or a code of a newer version
}

// People, partners and centres by id, to name instead of showing ids.
struct Names {
    QHash<QByteArray, QString> byId;
    QList<visits::ChecklistItem> checklist; // a home visit's questions, archived ones too

    Status load(storage::Database &db, const QByteArray &householdId)
    {
        const auto keep = [this](const storage::RawRow &r) { byId.insert(r.blob(0), r.text(1)); };
        if (Status s = db.read(u"SELECT id, full_name FROM users"_s, {}, keep); !s)
            return s;
        if (Status s = db.read(u"SELECT id, name FROM partners"_s, {}, keep); !s)
            return s;
        if (Status s = db.read(u"SELECT id, name FROM centres"_s, {}, keep); !s)
            return s;
        auto items = visits::VisitChecklist(db).items(true);
        if (!items)
            return items.error();
        checklist = items.value();
        return db.read(u"SELECT id, trim(given_name || ' ' || coalesce(father_name, '') || ' ' || "
                       "coalesce(grandfather_name, '') || ' ' || coalesce(family_name, '')) "
                       "FROM members WHERE household_id = ?"_s,
                       {householdId}, keep);
    }
};

// A JSON object (a plan's baseline, an assessment's answers) as "label: value" lines.
QString answers(const QJsonObject &object)
{
    const auto one = [](const QJsonValue &v) -> QString {
        if (v.isBool())
            return v.toBool() ? SubjectReportBuilder::tr("Yes") : SubjectReportBuilder::tr("No");
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 12);
        return words(clinic::ClinicVocabulary::barriers(), v.toString());
    };
    QStringList lines;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QStringList values;
        if (it.value().isArray()) {
            for (const QJsonValue &v : it.value().toArray())
                values << one(v);
        } else if (!it.value().isNull()) {
            values << one(it.value());
        }
        values.removeAll(QString());
        if (!values.isEmpty())
            lines << SubjectReportBuilder::tr("%1: %2")
                         .arg(SubjectReportBuilder::answerLabel(it.key()), values.join(SubjectReportBuilder::tr(", ")));
    }
    return lines.join(SubjectReportBuilder::tr("; "));
}

bool isReference(const QString &column)
{
    return column.endsWith(u"_id") || column.endsWith(u"_by") || column == u"by_user" || column == u"assigned_worker"
           || column == u"from_worker" || column == u"from_centre" || column == u"assigned_to";
}

QVariant valueOf(const QString &table, const QString &column, const QJsonValue &json, const Names &names,
                 const QList<Term> &sessionTypes)
{
    static const QRegularExpression day(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    static const QRegularExpression moment(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"_s);
    if (json.isDouble()) {
        if (kFlags.contains(column))
            return json.toInt() ? SubjectReportBuilder::tr("Yes") : SubjectReportBuilder::tr("No");
        return json.toDouble();
    }
    const QString text = json.toString();
    if (table == u"home_visits" && column == u"present_members") { // member ids, hex
        QStringList people;
        for (const QString &hex : text.split(u',', Qt::SkipEmptyParts))
            people << names.byId.value(QByteArray::fromHex(hex.toLatin1()), SubjectReportBuilder::tr("(not known on this computer)"));
        return people.join(SubjectReportBuilder::tr(", "));
    }
    if (table == u"home_visits" && column == u"checklist") { // the questions asked, by key
        const QJsonObject given = QJsonDocument::fromJson(text.toUtf8()).object();
        QStringList lines;
        for (const visits::ChecklistItem &item : names.checklist)
            if (given.contains(item.key))
                lines << SubjectReportBuilder::tr("%1: %2")
                             .arg(item.label, visits::VisitChecklist::shown(item, given.value(item.key).toString()));
        return lines.join(SubjectReportBuilder::tr("; "));
    }
    if (isReference(column)) {
        const QByteArray id = storage::uuidFromString(text);
        return names.byId.value(id, SubjectReportBuilder::tr("(not known on this computer)"));
    }
    if (day.match(text).hasMatch())
        return QDate::fromString(text, Qt::ISODate);
    if (moment.match(text).hasMatch()) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        return at.isValid() ? QVariant(at.toLocalTime()) : QVariant(text);
    }
    if (text.startsWith(u'{')) {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isObject())
            return answers(doc.object());
    }
    const QList<Term> terms = vocabularyOf(table, column, sessionTypes);
    if (kLists.contains(column)) {
        QStringList parts;
        for (const QString &code : text.split(u',', Qt::SkipEmptyParts))
            parts << words(terms, code.trimmed());
        return parts.join(SubjectReportBuilder::tr(", "));
    }
    return words(terms, text);
}

QString fullName(const QJsonObject &m)
{
    QStringList parts;
    for (const char *c : {"given_name", "father_name", "grandfather_name", "family_name"})
        if (const QString p = m.value(QLatin1String(c)).toString(); !p.isEmpty())
            parts << p;
    return parts.join(u' ');
}

} // namespace

Result<SubjectReport> SubjectReportBuilder::build(storage::Database &db, const QJsonObject &access)
{
    const QJsonObject records = access.value(u"records"_s).toObject();
    Names names;
    if (Status s = names.load(db, storage::uuidFromString(access.value(u"household_id"_s).toString())); !s)
        return s.error();
    auto types = clinic::ClinicVocabulary::sessionTypes(db);
    if (!types)
        return types.error();
    QList<Term> sessionTypes;
    for (const clinic::SessionType &t : types.value())
        sessionTypes.append({t.code, t.label});

    SubjectReport report;
    report.memberName = fullName(records.value(u"members"_s).toArray().first().toObject());
    if (report.memberName.isEmpty()) // only an erasure leaves no name
        report.memberName = tr("(data erased)");
    report.fileNumber = records.value(u"households"_s).toArray().first().toObject().value(u"file_number"_s).toString();
    report.madeAt = QDateTime::fromString(access.value(u"made_at"_s).toString(), Qt::ISODate).toLocalTime();
    report.madeBy = access.value(u"made_by"_s).toString();
    QStringList tables = records.keys();
    std::stable_sort(tables.begin(), tables.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &t) { return kOrder.contains(t) ? kOrder.indexOf(t) : kOrder.size(); };
        return rank(a) < rank(b);
    });
    for (const QString &table : std::as_const(tables)) {
        // The table's own column order, who recorded and changed it last.
        auto found = storage::tableColumns(db, table);
        if (!found)
            return found.error();
        QStringList columns = found.value();
        static const QStringList kBookkeeping = {u"created_at"_s, u"created_by"_s, u"updated_at"_s, u"updated_by"_s};
        for (const QString &c : kBookkeeping)
            if (columns.removeAll(c))
                columns << c;
        SubjectSection section{table, tableTitle(table), {}};
        if (section.title.isEmpty())
            section.title = tr("Other records");
        for (const QJsonValue &row : records.value(table).toArray()) {
            const QJsonObject object = row.toObject();
            QList<SubjectField> fields;
            for (const QString &column : std::as_const(columns)) {
                const QJsonValue value = object.value(column);
                if (hidden(column) || value.isNull() || value.isUndefined() || value.toString(u"x"_s).isEmpty())
                    continue;
                QString label = columnLabel(table, column);
                if (label.isEmpty())
                    label = tr("Other information");
                const bool identifier = column == u"id_number" || column == u"phone" || column == u"file_number";
                const bool numbers = value.toString().startsWith(u'{');
                fields.append({label, valueOf(table, column, value, names, sessionTypes), identifier, numbers});
            }
            section.records.append(fields);
        }
        report.sections.append(section);
    }
    return report;
}

Result<SubjectReport> SubjectReportBuilder::member(storage::Database &db, const security::Session &reader,
                                                   const QByteArray &memberId)
{
    auto access = SubjectAccess::member(db, reader, memberId);
    if (!access)
        return access.error();
    return build(db, access.value());
}

} // namespace tamkeen::registry
