#include "impact/GraduationPathways.h"

#include "org/OrgSettings.h"
#include "plans/PlanService.h"
#include "registry/Vocabulary.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

const QString kDefaultSetting = u"exit_readiness_criteria"_s; // the criteria from before pathways
const QString kPrefix = u"graduation_pathway:"_s;

bool takesParameter(Criterion c)
{
    return c == Criterion::GoalsAchieved || c == Criterion::Wellbeing || c == Criterion::WorkReadiness;
}

QJsonObject parse(const QVariant &stored)
{
    return stored.isNull() ? QJsonObject() : QJsonDocument::fromJson(stored.toString().toUtf8()).object();
}

Pathway pathwayFrom(const QString &key, const QJsonObject &o)
{
    Pathway p;
    p.key = key;
    p.name = o.value(u"name"_s).toString();
    p.exitReason = o.value(u"exitReason"_s).toString();
    for (const QJsonValue &t : o.value(u"tracks"_s).toArray())
        p.tracks << t.toString();
    p.criteria = GraduationPathways::criteriaFrom(o);
    p.archived = !p.isDefault() && o.value(u"archived"_s).toBool();
    return p;
}

} // namespace

const QString GraduationPathways::kDefault = u"default"_s;

bool Pathway::isDefault() const
{
    return key == GraduationPathways::kDefault;
}

GraduationPathways::GraduationPathways(storage::Database &db) : m_db(db) {}

ReadinessCriteria GraduationPathways::criteriaFrom(const QJsonObject &o)
{
    ReadinessCriteria c = ReadinessCriteria::defaults();
    c.passMark = std::clamp(o.value(u"passMark"_s).toInt(c.passMark), 1, 100);
    const QJsonObject each = o.value(u"criteria"_s).toObject();
    for (CriterionSetting &s : c.criteria) {
        const QJsonObject stored = each.value(ExitReadiness::key(s.criterion)).toObject();
        if (stored.isEmpty())
            continue; // a criterion added after the setting was saved keeps its default
        s.weight = std::clamp(stored.value(u"weight"_s).toInt(), 0, 100);
        s.required = stored.value(u"required"_s).toBool();
        s.parameter = std::clamp(stored.value(u"parameter"_s).toInt(s.parameter), 0, 100);
    }
    return c;
}

QJsonObject GraduationPathways::toJson(const ReadinessCriteria &c)
{
    QJsonObject each;
    for (const CriterionSetting &s : c.criteria)
        each.insert(ExitReadiness::key(s.criterion),
                    QJsonObject{{u"weight"_s, s.weight}, {u"required"_s, s.required}, {u"parameter"_s, s.parameter}});
    return QJsonObject{{u"passMark"_s, c.passMark}, {u"criteria"_s, each}};
}

Status GraduationPathways::check(const ReadinessCriteria &c)
{
    if (c.passMark < 1 || c.passMark > 100)
        return makeError(ErrorCode::Invalid, ExitReadiness::tr("The pass mark is between 1 and 100."), u"passMark"_s);
    int total = 0;
    for (const CriterionSetting &s : c.criteria) {
        const QString field = ExitReadiness::key(s.criterion);
        if (s.weight < 0 || s.weight > 100 || s.parameter < 0 || s.parameter > 100)
            return makeError(ErrorCode::Invalid, ExitReadiness::tr("Weights and thresholds are between 0 and 100."), field);
        if (s.required && s.weight == 0)
            return makeError(ErrorCode::Invalid, ExitReadiness::tr("A required criterion needs a weight above zero."), field);
        if (takesParameter(s.criterion) && s.weight > 0 && s.parameter == 0)
            return makeError(ErrorCode::Invalid, ExitReadiness::tr("Set the threshold of each criterion that counts."), field);
        total += s.weight;
    }
    if (total == 0)
        return makeError(ErrorCode::Invalid, ExitReadiness::tr("At least one criterion must count (a weight above zero)."),
                         u"weight"_s);
    return {};
}

QString GraduationPathways::displayName(const Pathway &p)
{
    if (!p.name.trimmed().isEmpty())
        return p.name.trimmed();
    return p.isDefault() ? tr("General pathway") : tr("Unnamed pathway");
}

QStringList GraduationPathways::positiveReasons()
{
    return {u"employment"_s, u"own_project"_s, u"other_income"_s};
}

Pathway GraduationPathways::suggested(const QString &exitReason)
{
    Pathway p;
    p.exitReason = exitReason;
    ReadinessCriteria &c = p.criteria;
    const auto set = [&c](Criterion k, int weight, bool required) {
        for (CriterionSetting &s : c.criteria)
            if (s.criterion == k) {
                s.weight = weight;
                s.required = required;
            }
    };
    // Each keeps the income threshold required and makes its own way out required too.
    if (exitReason == u"employment") {
        p.tracks = {u"employment"_s, u"training"_s};
        set(Criterion::EmployedMember, 30, true);
        set(Criterion::OwnProject, 0, false);
        set(Criterion::WorkReadiness, 10, false);
        set(Criterion::GoalsAchieved, 20, false);
        set(Criterion::Wellbeing, 10, false);
    } else if (exitReason == u"own_project") {
        p.tracks = {u"own_project"_s, u"microfinance"_s};
        set(Criterion::OwnProject, 30, true);
        set(Criterion::EmployedMember, 10, false);
    }
    return p;
}

QList<Pathway> GraduationPathways::candidates(const QList<Pathway> &active, const QStringList &planTracks)
{
    QList<Pathway> forTrack, forAny;
    for (const Pathway &p : active) {
        if (p.tracks.isEmpty())
            forAny << p;
        else if (std::any_of(p.tracks.cbegin(), p.tracks.cend(), [&](const QString &t) { return planTracks.contains(t); }))
            forTrack << p;
    }
    if (!forTrack.isEmpty())
        return forTrack;
    return forAny.isEmpty() ? active : forAny;
}

Result<QList<Pathway>> GraduationPathways::all(bool withArchived)
{
    auto first = org::OrgSettings::value(m_db, kDefaultSetting);
    if (!first)
        return first.error();
    QList<Pathway> list{pathwayFrom(kDefault, parse(first.value()))};
    QList<Pathway> others;
    Status s = m_db.read(u"SELECT key, value FROM org_settings WHERE key LIKE 'graduation_pathway:%' AND deleted = 0"_s, {},
                         [&](const storage::RawRow &row) {
                             Pathway p = pathwayFrom(row.text(0).mid(kPrefix.size()), parse(row.text(1)));
                             if (withArchived || !p.archived)
                                 others << p;
                         });
    if (!s)
        return s.error();
    std::sort(others.begin(), others.end(), [](const Pathway &a, const Pathway &b) {
        return QString::localeAwareCompare(displayName(a), displayName(b)) < 0;
    });
    return list + others;
}

Result<Pathway> GraduationPathways::find(const QString &key)
{
    auto list = all(true);
    if (!list)
        return list.error();
    for (const Pathway &p : list.value())
        if (p.key == key)
            return p;
    return makeError(ErrorCode::NotFound, tr("This graduation pathway no longer exists."));
}

Result<QString> GraduationPathways::save(const security::Session &by, const Pathway &given)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only administrators can change the graduation pathways."));
    Pathway p = given;
    p.name = p.name.simplified();
    if (!p.isDefault() && p.name.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the pathway a name."), u"name"_s);
    if (!p.exitReason.isEmpty() && !positiveReasons().contains(p.exitReason))
        return makeError(ErrorCode::Invalid, tr("A pathway leads to work, an own project or another income."), u"exitReason"_s);
    const QList<registry::Term> tracks = plans::PlanService(m_db).allTracks();
    for (const QString &t : p.tracks)
        if (!registry::Vocabulary::contains(tracks, t))
            return makeError(ErrorCode::Invalid, tr("Unknown empowerment track: %1.").arg(t), u"tracks"_s);
    if (Status s = check(p.criteria); !s)
        return s.error();
    auto existing = all(false);
    if (!existing)
        return existing.error();
    for (const Pathway &other : existing.value())
        if (other.key != p.key && displayName(other).compare(displayName(p), Qt::CaseInsensitive) == 0)
            return makeError(ErrorCode::Conflict, tr("Another pathway has this name."), u"name"_s);
    if (p.key.isEmpty())
        p.key = storage::uuidToString(storage::newUuidV7());
    QJsonObject o;
    if (p.isDefault()) { // keep whatever else the setting holds
        auto stored = org::OrgSettings::value(m_db, kDefaultSetting);
        if (!stored)
            return stored.error();
        o = parse(stored.value());
    }
    const QJsonObject criteria = toJson(p.criteria);
    for (auto it = criteria.begin(); it != criteria.end(); ++it)
        o.insert(it.key(), it.value());
    o.insert(u"name"_s, p.name);
    o.insert(u"exitReason"_s, p.exitReason);
    o.insert(u"tracks"_s, QJsonArray::fromStringList(p.tracks));
    if (!p.isDefault())
        o.insert(u"archived"_s, p.archived);
    const QString value = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (Status s = org::OrgSettings::setValue(m_db, by, p.isDefault() ? kDefaultSetting : kPrefix + p.key, value); !s)
        return s.error();
    return p.key;
}

Status GraduationPathways::archive(const security::Session &by, const QString &key)
{
    if (key == kDefault)
        return makeError(ErrorCode::Invalid, tr("The general pathway judges every plan no other pathway is for: it stays."));
    auto p = find(key);
    if (!p)
        return p.error();
    Pathway archived = p.value();
    archived.archived = true;
    auto saved = save(by, archived);
    return saved ? Status() : Status(saved.error());
}

} // namespace tamkeen::impact
