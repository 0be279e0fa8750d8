#include "impact/AbleMembers.h"

#include "storage/Database.h"

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

bool isId(const QByteArray &bytes, bool blob)
{
    return blob && bytes.size() == 16;
}

} // namespace

Result<std::shared_ptr<const AbleMembers>> AbleMembers::load(storage::Database &db)
{
    auto members = std::make_shared<AbleMembers>();
    bool regular = true;
    const Status s = db.read(u"SELECT id, household_id, employment, "
                             "typeof(id) = 'blob', typeof(household_id) = 'blob' FROM members "
                             "WHERE deleted = 0 AND able_to_work = 1"_s,
                             {}, [&](const storage::RawRow &r) {
                                 const QByteArray id = r.rawBytes(0), household = r.rawBytes(1);
                                 if (!isId(id, r.integer(3) != 0) || !isId(household, r.integer(4) != 0)) {
                                     regular = false;
                                     return;
                                 }
                                 Member m{};
                                 std::memcpy(m.id.data(), id.constData(), 16);
                                 std::memcpy(m.household.data(), household.constData(), 16);
                                 const QString employment = r.text(2);
                                 m.working = employment == u"employed" || employment == u"self_employed";
                                 members->m_members.push_back(m);
                             });
    if (!s)
        return s.error();
    if (!regular)
        return std::shared_ptr<const AbleMembers>();
    std::sort(members->m_members.begin(), members->m_members.end(),
              [](const Member &a, const Member &b) { return a.id < b.id; });
    return std::shared_ptr<const AbleMembers>(std::move(members));
}

const AbleMembers::Member *AbleMembers::find(const QByteArray &id) const
{
    if (id.size() != 16)
        return nullptr;
    std::array<char, 16> key;
    std::memcpy(key.data(), id.constData(), 16);
    const auto it = std::lower_bound(m_members.begin(), m_members.end(), key,
                                     [](const Member &m, const std::array<char, 16> &k) { return m.id < k; });
    return it != m_members.end() && it->id == key ? &*it : nullptr;
}

} // namespace tamkeen::impact
