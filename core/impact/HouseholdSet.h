#pragma once
// The households behind a figure, kept small. A dashboard holds a thousand
// figures for two periods; at a million households a list of ids per figure
// (24 bytes an entry, the id itself beside it) took most of the GUI's memory.
// The indicators count households of one scope (ScopeOrder), so a figure
// keeps their places in the scope's order, 4 bytes each, or one bit per
// household of the scope when that is smaller, beside the scope's ids (shared
// by every figure, one buffer). A list given as ids is kept as given.
#include <QByteArray>
#include <QList>

#include <iterator>
#include <string_view>
#include <vector>

namespace tamkeen::impact {

// Ids in order, packed in one buffer (copies share it, as Qt's containers do).
class HouseholdIds {
public:
    void reserve(qsizetype count, qsizetype bytes);
    void append(const QByteArray &id);
    qsizetype size() const { return m_ends.size(); }
    QByteArray at(qsizetype i) const;
    std::string_view view(qsizetype i) const;
    QList<QByteArray> toList() const;
    // Whether `other` is a copy of these ids (the same buffer, not equal bytes).
    bool sameAs(const HouseholdIds &other) const
    {
        return m_bytes.constData() == other.m_bytes.constData() && m_ends.constData() == other.m_ends.constData()
               && m_ends.size() == other.m_ends.size();
    }

private:
    QByteArray m_bytes;
    QList<quint32> m_ends; // where each id ends in m_bytes (4 GiB of ids: 268 million households)
};

class HouseholdSet {
public:
    HouseholdSet() = default;
    HouseholdSet(QList<QByteArray> ids); // NOLINT: a list of ids is a set, kept in its order
    // The households at `ranks` (sorted, each once) of the ids `order`.
    static HouseholdSet ofRanks(const HouseholdIds &order, const std::vector<qint32> &ranks);

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // `count` ids from `from` on (all the rest when negative), in order.
    QList<QByteArray> mid(qsizetype from, qsizetype count = -1) const;
    QList<QByteArray> toList() const { return mid(0); }
    operator QList<QByteArray>() const { return toList(); } // NOLINT: where a list is asked for
    bool contains(const QByteArray &id) const;
    // f(position, id) for each household in order, without a copy of its id.
    template <typename F>
    void forEachId(F &&f) const
    {
        qsizetype position = 0;
        if (m_kind == Kind::List) {
            for (const QByteArray &id : m_list)
                f(position++, std::string_view(id.constData(), size_t(id.size())));
        } else if (m_kind == Kind::Ranks) {
            for (qint32 r : m_ranks)
                f(position++, m_ids.view(r));
        } else {
            for (qsizetype r = nextBit(0); r < m_ids.size(); r = nextBit(r + 1))
                f(position++, m_ids.view(r));
        }
    }
    // Whether this set holds places in `order` (or nobody).
    bool placesIn(const HouseholdIds &order) const
    {
        return m_kind == Kind::List ? m_size == 0 : m_ids.sameAs(order);
    }
    // f(position, rank) for each household in order when this set holds
    // places in `order` (a figure of that scope: the same buffer); false,
    // and f never called, otherwise.
    template <typename F>
    bool forEachRank(const HouseholdIds &order, F &&f) const
    {
        if (!placesIn(order))
            return false;
        qsizetype position = 0;
        if (m_kind == Kind::Ranks) {
            for (qint32 r : m_ranks)
                f(position++, r);
        } else if (m_kind == Kind::Bits) {
            for (qsizetype r = nextBit(0); r < m_ids.size(); r = nextBit(r + 1))
                f(position++, qint32(r));
        }
        return true;
    }
    // The households split into `groups` sets by `groupOf` (a group for each
    // position; -1: in none), each in this set's order, kept the same way.
    std::vector<HouseholdSet> split(const std::vector<qint32> &groupOf, qsizetype groups) const;
    friend bool operator==(const HouseholdSet &a, const HouseholdSet &b) { return a.toList() == b.toList(); }
    friend bool operator==(const HouseholdSet &a, const QList<QByteArray> &b) { return a.toList() == b; }
    friend bool operator==(const QList<QByteArray> &a, const HouseholdSet &b) { return a == b.toList(); }

    class const_iterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = QByteArray;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = QByteArray;
        QByteArray operator*() const;
        const_iterator &operator++();
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++*this;
            return before;
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b) { return a.m_at == b.m_at; }
        friend bool operator!=(const const_iterator &a, const const_iterator &b) { return a.m_at != b.m_at; }

    private:
        friend class HouseholdSet;
        const_iterator(const HouseholdSet *set, qsizetype at) : m_set(set), m_at(at) {}
        const HouseholdSet *m_set = nullptr;
        qsizetype m_at = 0; // the list's or ranks' index; the bit's rank for a bitmap
    };
    const_iterator begin() const;
    const_iterator end() const;
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

private:
    enum class Kind { List, Ranks, Bits };
    qsizetype nextBit(qsizetype from) const; // the first rank in the bitmap at or after `from`; m_ids.size() if none
    Kind m_kind = Kind::List;
    qsizetype m_size = 0;
    QList<QByteArray> m_list;
    HouseholdIds m_ids;
    QList<qint32> m_ranks;
    QList<quint64> m_bits;
};

} // namespace tamkeen::impact
