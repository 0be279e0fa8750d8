#include "impact/AbleMembers.h"

#include "impact/KeptFacts.h"
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

constexpr char kFormat = 1;
constexpr char kIrregular = 1; // a flag of the row's second byte

// Each household's live members able to work, kept (KeptFacts.h: table
// able_facts, migration 26): 17 bytes a member, its id and whether it works.
class Unpacked : public facts::Packer {
public:
    void add(const storage::RawRow &row) override
    {
        const QByteArray id = row.rawBytes(2);
        if (row.integer(1) == 0 || row.integer(3) == 0)
            m_irregular = true;
        m_members.emplace_back(QByteArray(id.constData(), id.size()), AbleMembers::working(row.text(4)));
    }
    QByteArray packed() const override
    {
        if (m_members.empty())
            return {};
        std::vector<std::pair<QByteArray, bool>> sorted = m_members;
        std::sort(sorted.begin(), sorted.end());
        QByteArray out;
        out.append(kFormat).append(m_irregular ? kIrregular : char(0));
        for (const auto &[id, working] : sorted)
            out.append(id.left(16).leftJustified(16, '\0')).append(char(working ? 1 : 0));
        return out;
    }

private:
    std::vector<std::pair<QByteArray, bool>> m_members;
    bool m_irregular = false;
};

const facts::Kind &kind()
{
    static const facts::Kind k{u"able"_s,
                               {u"SELECT household_id, typeof(household_id) = 'blob' AND length(household_id) = 16, id, "
                                "typeof(id) = 'blob' AND length(id) = 16, employment FROM members "
                                "WHERE deleted = 0 AND able_to_work = 1 %1"_s},
                               u"AND household_id = ?1"_s, [] { return std::make_unique<Unpacked>(); }};
    return k;
}

} // namespace

bool AbleMembers::working(const QString &employment)
{
    return employment == u"employed" || employment == u"self_employed";
}

Status AbleMembers::refresh(storage::Database &db)
{
    return facts::refresh(db, kind());
}

Status AbleMembers::rebuild(storage::Database &db, qint64 *changed, qint64 perPass)
{
    return facts::rebuild(db, kind(), changed, perPass);
}

Result<std::shared_ptr<const AbleMembers>> AbleMembers::load(storage::Database &db)
{
    auto members = std::make_shared<AbleMembers>();
    // Kept per household when they can be (KeptFacts.h), else read from members.
    const auto unpack = [&](const QByteArray &household, const QByteArray &packed) {
        if (household.size() != 16 || packed.size() < 2 || packed.at(0) != kFormat || (packed.at(1) & kIrregular)
            || (packed.size() - 2) % 17 != 0)
            return false;
        for (qsizetype at = 2; at < packed.size(); at += 17) {
            Member m{};
            std::memcpy(m.id.data(), packed.constData() + at, 16);
            std::memcpy(m.household.data(), household.constData(), 16);
            m.working = packed.at(at + 16) != 0;
            members->m_members.push_back(m);
        }
        return true;
    };
    auto kept = facts::load(db, kind(), unpack);
    if (!kept)
        return kept.error();
    if (kept.value()) {
        std::sort(members->m_members.begin(), members->m_members.end(),
                  [](const Member &a, const Member &b) { return a.id < b.id; });
        return std::shared_ptr<const AbleMembers>(std::move(members));
    }
    members->m_members.clear();
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
                                 m.working = working(r.text(2));
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
    const qint32 at = place({id.constData(), size_t(id.size())});
    return at < 0 ? nullptr : &m_members[size_t(at)];
}

qint32 AbleMembers::place(std::string_view id) const
{
    if (id.size() != 16)
        return -1;
    std::array<char, 16> key;
    std::memcpy(key.data(), id.data(), 16);
    const auto it = std::lower_bound(m_members.begin(), m_members.end(), key,
                                     [](const Member &m, const std::array<char, 16> &k) { return m.id < k; });
    return it != m_members.end() && it->id == key ? qint32(it - m_members.begin()) : -1;
}

} // namespace tamkeen::impact
