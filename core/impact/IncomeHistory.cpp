#include "impact/IncomeHistory.h"

#include "storage/Database.h"

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

Result<std::shared_ptr<const IncomeHistory>> IncomeHistory::load(storage::Database &db)
{
    auto h = std::make_shared<IncomeHistory>();
    // A change with no date is never in force (NULL <= day is not true in SQL).
    Status s = db.read(u"SELECT household_id, member_id, source, effective_date, created_at, amount FROM incomes "
                       "WHERE deleted = 0 AND effective_date IS NOT NULL"_s,
                       {}, [&](const storage::RawRow &r) {
                           Change c;
                           c.hasMember = !r.isNull(1);
                           if (c.hasMember)
                               c.member = r.blob(1);
                           c.source = r.blob(2);
                           c.effective = r.blob(3);
                           c.created = r.isNull(4) ? QByteArray() : r.blob(4);
                           c.amount = r.value(5).toDouble();
                           c.earned = c.source == "salary" || c.source == "own_business";
                           h->m_byHousehold[r.blob(0)].push_back(std::move(c));
                       });
    if (!s)
        return s.error();
    for (auto &changes : h->m_byHousehold)
        std::sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
            return std::tie(a.hasMember, a.member, a.source, a.effective, a.created)
                   < std::tie(b.hasMember, b.member, b.source, b.effective, b.created);
        });
    return std::shared_ptr<const IncomeHistory>(std::move(h));
}

double IncomeHistory::at(const QByteArray &household, const QByteArray &day, Sources sources,
                         const QByteArray &member) const
{
    const auto found = m_byHousehold.constFind(household);
    if (found == m_byHousehold.constEnd() || day.isNull())
        return 0;
    const std::vector<Change> &changes = *found;
    double sum = 0;
    // One group per member and source, oldest first: the changes in force are
    // the last ones on or before the day, all of those sharing its date and time.
    for (size_t from = 0; from < changes.size();) {
        size_t to = from + 1;
        while (to < changes.size() && changes[to].hasMember == changes[from].hasMember
               && changes[to].member == changes[from].member && changes[to].source == changes[from].source)
            ++to;
        const Change &first = changes[from];
        const bool counted = (sources == Sources::All || first.earned)
                             && (member.isEmpty() || (first.hasMember && first.member == member));
        if (counted) {
            size_t last = to;
            while (last > from && changes[last - 1].effective > day)
                --last;
            if (last > from) {
                const Change &latest = changes[last - 1];
                for (size_t k = last; k-- > from;) {
                    const Change &c = changes[k];
                    if (c.effective != latest.effective || c.created != latest.created)
                        break;
                    if (c.amount > 0)
                        sum += c.amount;
                }
            }
        }
        from = to;
    }
    return sum;
}

} // namespace tamkeen::impact
