#pragma once
// The places of the ids a HouseholdIds holds, found by a hash of the id
// (internal to core/impact). Ids are 16-byte UUIDs, kept inline in one flat
// table: one memory access a look-up, where a QHash follows a pointer to each
// key and a binary search compares seventeen ids; any other id in a QHash.
// 8 bytes a slot (a million ids: 16 MB): a tag from the id's hash, checked
// against the id itself only when it matches.
#include "impact/HouseholdSet.h"

#include <QHash>
#include <string_view>
#include <vector>

namespace tamkeen::impact {

class IdIndex {
public:
    // Indexes every id of `ids`; an id held twice keeps its first place.
    void build(const HouseholdIds &ids);
    // The place of `id` in the `ids` given to build(); -1 when not there.
    qint32 find(const HouseholdIds &ids, std::string_view id) const;

private:
    struct Slot {
        quint32 tag = 0;
        qint32 place = -1; // -1: empty
    };
    std::vector<Slot> m_slots; // a power of two, at most half full
    QHash<QByteArray, qint32> m_otherIds;
};

} // namespace tamkeen::impact
