#include "impact/PlanFacts.h"

#include "impact/AbleMembers.h"
#include "impact/KeptFacts.h"
#include "impact/ScopeOrder.h"
#include "storage/Database.h"

#include <QHash>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

PlanOnDay planOnDay(const PlanDayEvent *from, const PlanDayEvent *to, qint32 day, int active)
{
    PlanOnDay r;
    for (const PlanDayEvent *e = from; e != to; ++e) {
        if (e->day > day)
            continue;
        if (e->review)
            r.reviewed = std::max(r.reviewed, e->day);
        if (e->counts)
            r.status = e->status;
    }
    if (r.status < 0 || r.status != active)
        r.reviewed = 0;
    return r;
}

namespace {

// 2: statuses by their number in the copy's NameBook, events and tasks as
// varints of their distance from the one before (21.7 MB at 100,000
// households, now 14.9); rows of format 1 are made again after migration 28.
constexpr char kFormat = 2;
constexpr char kIrregular = 1; // a flag of the row's second byte
constexpr int kPlanBytes = 45;  // member id, approved, started, baseline, working, goals, achieved, events, tasks

// Zigzag: a signed distance as an unsigned varint, small either way.
quint64 zigzag(qint64 v)
{
    return (quint64(v) << 1) ^ quint64(v >> 63);
}

qint64 unzigzag(quint64 v)
{
    return qint64(v >> 1) ^ -qint64(v & 1);
}

// What a row of kRows is (its third column).
enum What { PlanRow, EventRow, GoalRow, TaskRow, MemberRow, ExitRow };

// Each household's live plans with their live events, goals not dropped and
// tasks not dropped with a due date, its live members and its live exits;
// %1: one household's. Every table is named h where it gives the household.
// The flags say whether the values are as the application writes them
// (10-character ISO dates, text, 16-byte ids, a baseline in JSON).
const QString kBlob16 = u"typeof(%1) = 'blob' AND length(%1) = 16"_s;
const QString kBaseline = u"CASE WHEN json_valid(h.baseline) THEN json_extract(h.baseline, '$.%1') END"_s;
const QStringList kRows = {
    u"SELECT h.household_id, %1, 0, h.id, h.member_id, h.approved_on, h.started_on, h.created_at, %3, %4, "
    "%2 AND %5 AND typeof(h.approved_on) IN ('null', 'text') AND typeof(h.started_on) = 'text' "
    "AND typeof(h.created_at) = 'text' AND (h.baseline IS NULL OR json_valid(h.baseline)) "
    "AND typeof(%3) IN ('null', 'integer', 'real') FROM plans h WHERE h.deleted = 0 %6"_s
        .arg(kBlob16.arg(u"h.household_id"_s), kBlob16.arg(u"h.id"_s), kBaseline.arg(u"incomePerPerson"_s),
             kBaseline.arg(u"employment"_s), kBlob16.arg(u"h.member_id"_s), u"%1"_s),
    u"SELECT h.household_id, %1, 1, e.plan_id, e.at, e.status, e.event, e.created_at, e.id, "
    "typeof(e.at) = 'text' AND typeof(e.status) = 'text' AND typeof(e.event) = 'text' "
    "AND typeof(e.created_at) = 'text' AND %2 FROM plan_events e JOIN plans h ON h.id = e.plan_id "
    "WHERE e.deleted = 0 AND e.at IS NOT NULL AND h.deleted = 0 %3"_s.arg(kBlob16.arg(u"h.household_id"_s),
                                                                         kBlob16.arg(u"e.id"_s), u"%1"_s),
    u"SELECT h.household_id, %1, 2, g.plan_id, g.status = 'achieved' FROM plan_goals g "
    "JOIN plans h ON h.id = g.plan_id WHERE g.deleted = 0 AND g.status <> 'dropped' AND h.deleted = 0 %2"_s
        .arg(kBlob16.arg(u"h.household_id"_s), u"%1"_s),
    u"SELECT h.household_id, %1, 3, t.plan_id, t.due_date, t.done_on, typeof(t.due_date) = 'text' "
    "AND typeof(t.done_on) IN ('null', 'text') FROM plan_tasks t JOIN plans h ON h.id = t.plan_id "
    "WHERE t.deleted = 0 AND t.status <> 'dropped' AND t.due_date IS NOT NULL AND h.deleted = 0 %2"_s
        .arg(kBlob16.arg(u"h.household_id"_s), u"%1"_s),
    u"SELECT h.household_id, %1, 4 FROM members h WHERE h.deleted = 0 %2"_s.arg(kBlob16.arg(u"h.household_id"_s),
                                                                              u"%1"_s),
    u"SELECT h.household_id, %1, 5, h.on_date, typeof(h.on_date) = 'text' FROM household_exits h "
    "WHERE h.deleted = 0 AND h.kind = 'exit' %2"_s.arg(kBlob16.arg(u"h.household_id"_s), u"%1"_s)};

// yyyymmdd of a date written as the application writes it ("YYYY-MM-DD",
// a day of the calendar, compared as text by the SQL it stands for), else -1.
qint32 isoDate(const QByteArray &text)
{
    return text.size() == 10 && ScopeOrder::julianDay(text) != 0 ? ScopeOrder::dayKey(text) : -1;
}

void appendInt(QByteArray &out, qint32 v)
{
    char four[4];
    qToLittleEndian(v, four);
    out.append(four, 4);
}

void appendShort(QByteArray &out, quint16 v)
{
    char two[2];
    qToLittleEndian(v, two);
    out.append(two, 2);
}

class Unpacked : public facts::Packer {
public:
    void add(const storage::RawRow &row) override
    {
        switch (row.integer(2)) {
        case PlanRow:
            return addPlan(row);
        case EventRow:
            return addEvent(row);
        case GoalRow:
            if (RawPlan *p = plan(row.rawBytes(3))) {
                ++p->goals;
                p->achieved += row.integer(4) != 0 ? 1 : 0;
            }
            return;
        case TaskRow:
            if (RawPlan *p = plan(row.rawBytes(3))) {
                const qint32 due = isoDate(row.rawBytes(4));
                const qint32 done = row.isNull(5) ? 0 : isoDate(row.rawBytes(5));
                m_irregular = m_irregular || row.integer(6) == 0 || due < 0 || done < 0;
                p->tasks.push_back({due, done});
            }
            return;
        case MemberRow:
            ++m_members;
            return;
        case ExitRow: {
            const qint32 day = isoDate(row.rawBytes(3));
            m_irregular = m_irregular || row.integer(4) == 0 || day < 0;
            m_exits.push_back(day);
            return;
        }
        default:
            m_irregular = true;
        }
    }

    // Format, flags, the members (4 bytes), the exits (a count, 4 bytes
    // each), the statuses (RowNames::writeNumbered), the plans (a count,
    // kPlanBytes each, little-endian, followed by its events and tasks as
    // varints: writePlan), in one order whatever order the rows came in
    // (rebuild() compares).
    QByteArray packed() const override
    {
        if (m_plans.isEmpty())
            return {};
        const bool tooMany = m_plans.size() > 0xffff || m_exits.size() > 0xffff
                             || std::any_of(m_plans.begin(), m_plans.end(), [](const RawPlan &p) {
                                    return p.events.size() > 0xffff || p.tasks.size() > 0xffff;
                                });
        QByteArray out;
        out.append(kFormat).append(m_irregular || tooMany ? kIrregular : char(0));
        appendInt(out, qint32(m_members));
        std::vector<qint32> exits = m_exits;
        std::sort(exits.begin(), exits.end());
        appendShort(out, quint16(std::min<size_t>(exits.size(), 0xffff)));
        for (size_t i = 0; i < exits.size() && i < 0xffff; ++i)
            appendInt(out, exits[i]);
        std::vector<quint16> order;
        m_statuses.writeNumbered(out, order, *book);
        std::vector<const RawPlan *> plans;
        for (const RawPlan &p : m_plans)
            plans.push_back(&p);
        std::sort(plans.begin(), plans.end(), [](const RawPlan *a, const RawPlan *b) {
            return std::tie(a->started, a->created, a->id) < std::tie(b->started, b->created, b->id);
        });
        appendShort(out, quint16(std::min<size_t>(plans.size(), 0xffff)));
        for (size_t k = 0; k < plans.size() && k < 0xffff; ++k)
            writePlan(out, *plans[k], order);
        return out;
    }

private:
    struct RawEvent {
        QByteArray at, created, id;
        qint32 day;
        quint16 status; // its place in m_statuses
        bool approval, review;
    };
    struct RawPlan {
        QByteArray started, created, id, member;
        qint32 approved = 0;
        qint32 startedDay = 0;
        double baseline = std::numeric_limits<double>::quiet_NaN();
        bool working = false;
        quint32 goals = 0, achieved = 0;
        std::vector<RawEvent> events;
        std::vector<PlanFacts::Task> tasks;
    };

    static QByteArray copy(const QByteArray &bytes) { return QByteArray(bytes.constData(), bytes.size()); }

    RawPlan *plan(const QByteArray &id)
    {
        auto it = m_plans.find(id);
        if (it == m_plans.end()) {
            m_irregular = true; // a plan id of another type than its plan's
            return nullptr;
        }
        return &it.value();
    }

    void addPlan(const storage::RawRow &row)
    {
        RawPlan p;
        p.id = copy(row.rawBytes(3));
        p.member = copy(row.rawBytes(4));
        p.approved = row.isNull(5) ? 0 : isoDate(row.rawBytes(5));
        p.started = copy(row.rawBytes(6));
        p.startedDay = isoDate(p.started);
        p.created = copy(row.rawBytes(7));
        if (!row.isNull(8))
            p.baseline = row.value(8).toDouble();
        p.working = AbleMembers::working(row.text(9));
        m_irregular = m_irregular || row.integer(1) == 0 || row.integer(10) == 0 || p.approved < 0 || p.startedDay < 0
                      || m_plans.contains(p.id);
        m_plans.insert(p.id, std::move(p));
    }

    void addEvent(const storage::RawRow &row)
    {
        RawPlan *p = plan(row.rawBytes(3));
        if (!p)
            return;
        const QByteArray at = row.rawBytes(4), event = row.rawBytes(6);
        const qint32 day = ScopeOrder::dayKey(at);
        const qsizetype status = m_statuses.place(row.rawBytes(5));
        // Day 0 ("0000-00-00") reads as no review; 256 statuses do not fit a byte.
        m_irregular = m_irregular || row.integer(9) == 0 || day <= 0 || status < 0 || status > 255;
        p->events.push_back({copy(at), copy(row.rawBytes(7)), copy(row.rawBytes(8)), day, quint16(std::max<qsizetype>(status, 0)),
                             event == "approved", event == "approved" || event == "reviewed"});
    }

    void writePlan(QByteArray &out, const RawPlan &p, const std::vector<quint16> &order) const
    {
        std::vector<const RawEvent *> events;
        for (const RawEvent &e : p.events)
            events.push_back(&e);
        std::sort(events.begin(), events.end(), [](const RawEvent *a, const RawEvent *b) {
            return std::tie(a->at, a->created, a->id) < std::tie(b->at, b->created, b->id);
        });
        const auto approval = std::find_if(events.begin(), events.end(), [](const RawEvent *e) { return e->approval; });
        std::vector<PlanFacts::Task> tasks = p.tasks;
        std::sort(tasks.begin(), tasks.end(),
                  [](const PlanFacts::Task &a, const PlanFacts::Task &b) { return std::tie(a.due, a.done) < std::tie(b.due, b.done); });
        out.append(p.member.left(16).leftJustified(16, '\0'));
        appendInt(out, p.approved);
        appendInt(out, p.startedDay);
        char eight[8];
        quint64 bits;
        std::memcpy(&bits, &p.baseline, 8);
        qToLittleEndian(bits, eight);
        out.append(eight, 8).append(char(p.working ? 1 : 0));
        appendInt(out, qint32(p.goals));
        appendInt(out, qint32(p.achieved));
        appendShort(out, quint16(std::min<size_t>(events.size(), 0xffff)));
        appendShort(out, quint16(std::min<size_t>(tasks.size(), 0xffff)));
        // Each event: its day less the one before (zigzag), then status * 4 +
        // flags; each task: its due day less the one before, then 0 when not
        // done or its done day less its due day, plus one (both zigzag).
        qint64 before = 0;
        for (size_t k = 0; k < events.size() && k < 0xffff; ++k) {
            const RawEvent &e = *events[k];
            const QByteArray status = m_statuses.name(e.status);
            // As PlanIndicators' walk: "active" counts once the plan was approved, at or before it.
            const bool counts = status != "active" || (approval != events.end() && (*approval)->at <= e.at);
            facts::appendVarint(out, zigzag(qint64(e.day) - before));
            facts::appendVarint(out, quint64(order.empty() ? 0 : order[e.status]) * 4 + (e.review ? 1 : 0) + (counts ? 2 : 0));
            before = e.day;
        }
        before = 0;
        for (size_t k = 0; k < tasks.size() && k < 0xffff; ++k) {
            facts::appendVarint(out, zigzag(qint64(tasks[k].due) - before));
            facts::appendVarint(out, tasks[k].done == 0 ? 0 : zigzag(qint64(tasks[k].done) - tasks[k].due) + 1);
            before = tasks[k].due;
        }
    }

    QHash<QByteArray, RawPlan> m_plans;
    facts::RowNames m_statuses;
    quint32 m_members = 0;
    std::vector<qint32> m_exits;
    bool m_irregular = false;
};

const facts::Kind &kind()
{
    static const facts::Kind k{u"plan"_s, kRows, u"AND h.household_id = ?1"_s,
                               [] { return std::make_unique<Unpacked>(); }};
    return k;
}

// A row of plan_events or plan_tasks naming its plan by another value than
// a blob (SQLite orders every other type before blobs, so the indexes on
// plan_id answer at once): the indicators match those to plans by their
// bytes, which the joins of kRows do not; read by SQL then.
Result<bool> plansNamedByBlobs(storage::Database &db)
{
    auto odd = db.scalar(u"SELECT EXISTS (SELECT 1 FROM plan_events WHERE plan_id < x'') "
                         "OR EXISTS (SELECT 1 FROM plan_tasks WHERE plan_id < x'')"_s);
    if (!odd)
        return odd.error();
    return odd.value().toInt() == 0;
}

} // namespace

Status PlanFacts::rebuild(storage::Database &db, qint64 *changed, qint64 perPass)
{
    return facts::rebuild(db, kind(), changed, perPass);
}

Status PlanFacts::refresh(storage::Database &db)
{
    return facts::refresh(db, kind());
}

Result<std::shared_ptr<const PlanFacts>> PlanFacts::load(storage::Database &db)
{
    auto kept = std::make_shared<PlanFacts>();
    facts::SharedNames statuses;
    facts::NameBook book;
    // Unpacks one household's row; false when it holds an irregular value or is damaged.
    const auto unpack = [&](const QByteArray &id, const QByteArray &packed) {
        const char *p = packed.constData(), *end = p + packed.size();
        if (id.size() != 16 || packed.size() < 8 || p[0] != kFormat || (p[1] & kIrregular))
            return false;
        const quint32 members = qFromLittleEndian<quint32>(p + 2);
        const quint16 exits = qFromLittleEndian<quint16>(p + 6);
        p += 8;
        if (end - p < qint64(exits) * 4)
            return false;
        for (quint16 k = 0; k < exits; ++k, p += 4)
            kept->m_exits.push_back(qFromLittleEndian<qint32>(p));
        if (!statuses.readNumbered(p, end, book) || end - p < 2)
            return false;
        for (qsizetype k = 0; k < statuses.localCount(); ++k)
            if (statuses.local(quint16(k)) > 255)
                return false;
        const quint16 plans = qFromLittleEndian<quint16>(p);
        p += 2;
        for (quint16 k = 0; k < plans; ++k) {
            if (end - p < kPlanBytes)
                return false;
            Plan plan;
            plan.member = quint32(kept->m_memberIds.size());
            kept->m_memberIds.append(QByteArray::fromRawData(p, 16));
            plan.approved = qFromLittleEndian<qint32>(p + 16);
            plan.started = qFromLittleEndian<qint32>(p + 20);
            const quint64 bits = qFromLittleEndian<quint64>(p + 24);
            std::memcpy(&plan.baseline, &bits, 8);
            plan.workingAtStart = p[32] != 0;
            plan.goals = qFromLittleEndian<quint32>(p + 33);
            plan.achieved = qFromLittleEndian<quint32>(p + 37);
            const quint16 events = qFromLittleEndian<quint16>(p + 41), tasks = qFromLittleEndian<quint16>(p + 43);
            p += kPlanBytes;
            // At least two bytes an event or a task.
            if (end - p < (qint64(events) + tasks) * 2)
                return false;
            // A day read back: a distance added to the one before, within qint32.
            const auto nextDay = [&](qint64 &day) {
                quint64 v = 0;
                // Beyond 2^34 no distance between two qint32 days.
                if (!facts::readVarint(p, end, v) || v > (quint64(1) << 34))
                    return false;
                day += unzigzag(v);
                return day >= std::numeric_limits<qint32>::min() && day <= std::numeric_limits<qint32>::max();
            };
            plan.eventsFrom = quint32(kept->m_events.size());
            qint64 day = 0;
            for (quint16 e = 0; e < events; ++e) {
                quint64 v = 0;
                if (!nextDay(day) || !facts::readVarint(p, end, v) || v / 4 >= quint64(statuses.localCount()))
                    return false;
                kept->m_events.push_back({qint32(day), quint8(statuses.local(quint16(v / 4))), (v & 1) != 0, (v & 2) != 0});
            }
            plan.eventsTo = quint32(kept->m_events.size());
            plan.tasksFrom = quint32(kept->m_tasks.size());
            day = 0;
            for (quint16 t = 0; t < tasks; ++t) {
                quint64 v = 0;
                if (!nextDay(day) || !facts::readVarint(p, end, v) || v > (quint64(1) << 34))
                    return false;
                qint64 done = 0;
                if (v != 0) {
                    done = day + unzigzag(v - 1);
                    if (done < std::numeric_limits<qint32>::min() || done > std::numeric_limits<qint32>::max())
                        return false;
                }
                kept->m_tasks.push_back({qint32(day), qint32(done)});
            }
            plan.tasksTo = quint32(kept->m_tasks.size());
            kept->m_plans.push_back(plan);
        }
        if (p != end)
            return false;
        kept->m_ids.append(id);
        kept->m_members.push_back(members);
        kept->m_planEnds.push_back(quint32(kept->m_plans.size()));
        kept->m_exitEnds.push_back(quint32(kept->m_exits.size()));
        return true;
    };
    auto read = facts::load(db, kind(), unpack, [&] { return plansNamedByBlobs(db); }, &book);
    if (!read)
        return read.error();
    if (!read.value())
        return std::shared_ptr<const PlanFacts>();
    kept->m_statuses = statuses.names();
    return std::shared_ptr<const PlanFacts>(std::move(kept));
}

} // namespace tamkeen::impact
