#include "impact/IncomeHistory.h"

#include "impact/Indicators.h"
#include "impact/ScopeOrder.h"
#include "storage/Database.h"

#include <QHash>

#include <algorithm>
#include <string>
#include <tuple>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

std::string_view bytes(const QByteArray &b)
{
    return {b.constData(), size_t(b.size())};
}

// "2025-12-31" as 20251231, which orders as the text does; -1 for any other
// text (a longer one, "2025-12-31 10:00", compares as text).
qint32 isoNumber(std::string_view t)
{
    return t.size() == 10 ? ScopeOrder::dayKey(QByteArray::fromRawData(t.data(), qsizetype(t.size()))) : -1;
}

} // namespace

Status IncomeHistory::read(const Walk &walk, bool *ordered)
{
    *this = IncomeHistory();
    *ordered = true;
    QHash<QByteArray, qint32> days;
    // The row before, to check the order and to find changes made at one instant.
    std::string household, member, source, effective, created;
    bool hasMember = false, first = true;
    const Status s = walk([&](const Row &r) {
        if (!*ordered)
            return;
        const QByteArray &h = r.household, &m = r.member, &src = r.source, &eff = r.effective, &cr = r.created;
        const bool withMember = r.hasMember;
        const auto now = std::tuple(bytes(h), withMember, bytes(m), bytes(src), bytes(eff), bytes(cr));
        const auto before = std::tuple(std::string_view(household), hasMember, std::string_view(member),
                                       std::string_view(source), std::string_view(effective), std::string_view(created));
        if (!first && now < before) {
            *ordered = false;
            return;
        }
        const bool newHousehold = first || std::get<0>(now) != std::get<0>(before);
        const bool sameMember = !newHousehold && withMember == hasMember && std::get<2>(now) == std::get<2>(before);
        if (newHousehold) {
            m_households.append(h);
            m_firstChange.push_back(qint32(m_changes.size()));
        }
        Change c;
        if (withMember) {
            if (!sameMember)
                m_members.append(m);
            c.member = qint32(m_members.size() - 1);
        }
        c.sameInstant = sameMember && std::get<3>(now) == std::get<3>(before) && std::get<4>(now) == std::get<4>(before)
                        && std::get<5>(now) == std::get<5>(before);
        qsizetype k = m_sources.indexOf(src);
        if (k < 0) {
            k = m_sources.size();
            m_sources << QByteArray(src.constData(), src.size());
        }
        c.source = quint16(std::min<qsizetype>(k, 65535)); // more: refused below
        c.earned = src == "salary" || src == "own_business";
        auto day = days.constFind(eff);
        if (day == days.cend()) {
            day = days.insert(QByteArray(eff.constData(), eff.size()), qint32(m_days.size()));
            m_days.append(eff);
        }
        c.effective = *day;
        c.amount = r.amount;
        m_changes.push_back(c);
        household.assign(h.constData(), size_t(h.size()));
        hasMember = withMember;
        member.assign(m.constData(), size_t(m.size()));
        source.assign(src.constData(), size_t(src.size()));
        effective.assign(eff.constData(), size_t(eff.size()));
        created.assign(cr.constData(), size_t(cr.size()));
        first = false;
    });
    m_firstChange.push_back(qint32(m_changes.size()));
    return s;
}

Result<std::shared_ptr<const IncomeHistory>> IncomeHistory::load(storage::Database &db)
{
    // A change with no date is never in force (NULL <= day is not true in SQL).
    const auto walkIn = [&db](const QString &order) -> Walk {
        return [&db, order](const std::function<void(const Row &)> &take) {
            Row row;
            return db.read(u"SELECT household_id, member_id, source, effective_date, created_at, amount FROM incomes "
                           "WHERE deleted = 0 AND effective_date IS NOT NULL ORDER BY "_s + order,
                           {}, [&](const storage::RawRow &r) {
                               row.household = r.rawBytes(0);
                               row.hasMember = !r.isNull(1);
                               row.member = row.hasMember ? r.rawBytes(1) : QByteArray();
                               row.source = r.rawBytes(2);
                               row.effective = r.rawBytes(3);
                               row.created = r.isNull(4) ? QByteArray() : r.rawBytes(4);
                               row.amount = r.value(5).toDouble();
                               take(row);
                           });
        };
    };
    auto h = std::make_shared<IncomeHistory>();
    // In the order of index incomes_live. SQLite orders blobs and text by
    // their bytes as compared here, unless a value is of another type than
    // the application writes: then read again in the order of their bytes.
    bool ordered = false;
    Status s = h->read(walkIn(u"household_id, member_id, source, effective_date, created_at"_s), &ordered);
    if (s && !ordered)
        s = h->read(walkIn(u"CAST(household_id AS BLOB), CAST(member_id AS BLOB), CAST(source AS BLOB), "
                           "CAST(effective_date AS BLOB), CAST(created_at AS BLOB)"_s),
                    &ordered);
    if (!s)
        return s.error();
    return finish(std::move(h), ordered);
}

Result<std::shared_ptr<const IncomeHistory>> IncomeHistory::fromRows(const Walk &walk)
{
    auto h = std::make_shared<IncomeHistory>();
    bool ordered = false;
    if (Status s = h->read(walk, &ordered); !s)
        return s.error();
    return finish(std::move(h), ordered);
}

Result<std::shared_ptr<const IncomeHistory>> IncomeHistory::finish(std::shared_ptr<IncomeHistory> h, bool ordered)
{
    if (!ordered || h->m_sources.size() > 65535)
        return makeError(ErrorCode::Invalid,
                         Indicators::tr("The income records hold values Tamkeen does not write, so the income "
                                        "indicators cannot be computed. Run tamkeen-cli check."));
    h->m_index.build(h->m_households);
    // Each distinct date's place among them all by its bytes, so that at()
    // compares numbers (it compared the dates' text, change after change).
    h->m_daysInOrder.resize(size_t(h->m_days.size()));
    for (qint32 i = 0; i < qint32(h->m_days.size()); ++i)
        h->m_daysInOrder[size_t(i)] = i;
    std::sort(h->m_daysInOrder.begin(), h->m_daysInOrder.end(),
              [&](qint32 a, qint32 b) { return h->m_days.view(a) < h->m_days.view(b); });
    h->m_dayPlace.resize(h->m_daysInOrder.size());
    for (size_t k = 0; k < h->m_daysInOrder.size(); ++k)
        h->m_dayPlace[size_t(h->m_daysInOrder[k])] = qint32(k);
    for (const qint32 d : h->m_daysInOrder) {
        const qint32 n = isoNumber(h->m_days.view(d));
        if (n < 0) {
            h->m_isoInOrder.clear();
            break;
        }
        h->m_isoInOrder.push_back(n);
    }
    return std::shared_ptr<const IncomeHistory>(std::move(h));
}

qint32 IncomeHistory::place(const QByteArray &household) const
{
    return m_index.find(m_households, bytes(household));
}

IncomeHistory::Day IncomeHistory::day(const QByteArray &text) const
{
    if (text.isNull())
        return {};
    const std::string_view on = bytes(text);
    // The dates after `text` are those from this place on in date order.
    if (const qint32 n = isoNumber(on); n >= 0 && !m_isoInOrder.empty())
        return {qint32(std::upper_bound(m_isoInOrder.begin(), m_isoInOrder.end(), n) - m_isoInOrder.begin()), false};
    return {qint32(std::upper_bound(m_daysInOrder.begin(), m_daysInOrder.end(), on,
                                    [&](std::string_view v, qint32 d) { return v < m_days.view(d); })
                   - m_daysInOrder.begin()),
            false};
}

IncomeHistory::Amounts IncomeHistory::at(qint32 place, Day day, const QByteArray &member) const
{
    Amounts sum;
    if (place < 0 || day.none)
        return sum;
    const auto begin = m_changes.begin() + m_firstChange[size_t(place)];
    const auto end = m_changes.begin() + m_firstChange[size_t(place) + 1];
    // One group per member and source, oldest first: the changes in force are
    // the last ones on or before the day, all of those sharing its date and time.
    for (auto from = begin; from != end;) {
        auto to = from + 1;
        while (to != end && to->member == from->member && to->source == from->source)
            ++to;
        if (member.isEmpty() || (from->member >= 0 && m_members.view(from->member) == bytes(member))) {
            auto last = to;
            while (last != from && m_dayPlace[size_t((last - 1)->effective)] >= day.after)
                --last;
            for (auto k = last; k != from;) {
                --k;
                if (k->amount > 0) {
                    sum.all += k->amount;
                    if (k->earned)
                        sum.earned += k->amount;
                }
                if (!k->sameInstant)
                    break;
            }
        }
        from = to;
    }
    return sum;
}

} // namespace tamkeen::impact
