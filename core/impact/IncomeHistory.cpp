#include "impact/IncomeHistory.h"

#include "storage/Database.h"

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

std::string_view bytes(const QByteArray &b)
{
    return {b.constData(), size_t(b.size())};
}

} // namespace

IncomeHistory::Text IncomeHistory::keep(const QByteArray &b)
{
    const Text t{quint32(m_text.size()), quint32(b.size())};
    m_text.append(b.constData(), size_t(b.size()));
    return t;
}

Result<std::shared_ptr<const IncomeHistory>> IncomeHistory::load(storage::Database &db)
{
    auto h = std::make_shared<IncomeHistory>();
    // A change with no date is never in force (NULL <= day is not true in
    // SQL). In the order of index incomes_live, checked below.
    Status s = db.read(u"SELECT household_id, member_id, source, effective_date, created_at, amount FROM incomes "
                       "WHERE deleted = 0 AND effective_date IS NOT NULL "
                       "ORDER BY household_id, member_id, source, effective_date, created_at"_s,
                       {}, [&](const storage::RawRow &r) {
                           Change c;
                           c.household = h->keep(r.rawBytes(0));
                           c.hasMember = !r.isNull(1);
                           if (c.hasMember)
                               c.member = h->keep(r.rawBytes(1));
                           const QByteArray source = r.rawBytes(2);
                           c.source = h->keep(source);
                           c.earned = source == "salary" || source == "own_business";
                           c.effective = h->keep(r.rawBytes(3));
                           c.created = h->keep(r.isNull(4) ? QByteArray() : r.rawBytes(4));
                           c.amount = r.value(5).toDouble();
                           h->m_changes.push_back(c);
                       });
    if (!s)
        return s.error();
    const auto key = [&](const Change &c) {
        return std::tuple(h->view(c.household), c.hasMember, h->view(c.member), h->view(c.source),
                          h->view(c.effective), h->view(c.created));
    };
    const auto before = [&](const Change &a, const Change &b) { return key(a) < key(b); };
    // SQLite orders blobs and text by their bytes as here, unless a value is
    // of another type than the application writes: then sorted here.
    if (!std::is_sorted(h->m_changes.begin(), h->m_changes.end(), before))
        std::sort(h->m_changes.begin(), h->m_changes.end(), before);
    return std::shared_ptr<const IncomeHistory>(std::move(h));
}

double IncomeHistory::at(const QByteArray &household, const QByteArray &day, Sources sources,
                         const QByteArray &member) const
{
    if (day.isNull())
        return 0;
    const std::string_view id = bytes(household), on = bytes(day);
    const auto [begin, end] = std::equal_range(
        m_changes.begin(), m_changes.end(), id,
        [&](const auto &a, const auto &b) {
            if constexpr (std::is_same_v<std::decay_t<decltype(a)>, Change>)
                return view(a.household) < b;
            else
                return a < view(b.household);
        });
    double sum = 0;
    // One group per member and source, oldest first: the changes in force are
    // the last ones on or before the day, all of those sharing its date and time.
    for (auto from = begin; from != end;) {
        auto to = from + 1;
        while (to != end && to->hasMember == from->hasMember && view(to->member) == view(from->member)
               && view(to->source) == view(from->source))
            ++to;
        const bool counted = (sources == Sources::All || from->earned)
                             && (member.isEmpty() || (from->hasMember && view(from->member) == bytes(member)));
        if (counted) {
            auto last = to;
            while (last != from && view((last - 1)->effective) > on)
                --last;
            if (last != from) {
                const Change &latest = *(last - 1);
                for (auto k = last; k != from;) {
                    --k;
                    if (view(k->effective) != view(latest.effective) || view(k->created) != view(latest.created))
                        break;
                    if (k->amount > 0)
                        sum += k->amount;
                }
            }
        }
        from = to;
    }
    return sum;
}

} // namespace tamkeen::impact
