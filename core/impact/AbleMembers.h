#pragma once
// The live members able to work, read once in table order and kept by
// Indicators (internal to core/impact): work() looks up the members of the
// plans it reads here instead of fetching each member row by its key.
#include "common/Result.h"

#include <QByteArray>
#include <array>
#include <memory>
#include <string_view>
#include <vector>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

class AbleMembers {
public:
    struct Member {
        std::array<char, 16> id, household;
        bool working; // employed or self-employed now
    };
    // Null when an id is not a 16-byte blob (never written by the
    // application): the caller then joins the members by SQL, which compares
    // values by type.
    static Result<std::shared_ptr<const AbleMembers>> load(storage::Database &db);
    // Each household's kept in table able_facts (KeptFacts.h), stored and made again.
    static Status refresh(storage::Database &db);
    static Status rebuild(storage::Database &db, qint64 *changed = nullptr, qint64 perPass = 0);
    // An employment that counts as in work: employed or self-employed.
    static bool working(const QString &employment);
    // The member `id` (as stored), or null when not a live member able to work.
    const Member *find(const QByteArray &id) const;
    // The place of the member `id` (16 bytes) in at(), or -1.
    qint32 place(std::string_view id) const;
    const Member &at(qint32 place) const { return m_members[size_t(place)]; }
    qint32 size() const { return qint32(m_members.size()); }

private:
    std::vector<Member> m_members; // by id bytes
};

} // namespace tamkeen::impact
