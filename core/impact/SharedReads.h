#pragma once
// What the two threads of a DashboardEngine read once for both (internal to
// core/impact): the kept facts, the incomes, and each filter's households and
// histories. Each thread used to read them for itself: the scope and the
// referral facts twice a first dashboard (about 160 ms of CPU at 100,000
// households), the scope's histories twice at each new filter.
//
// The values are not changed once read (ScopeOrder::ranksOf's look-ups,
// made on first use, are behind a mutex). A thread that asks for one another
// is reading waits for it instead of reading it too. Each thread's Indicators empties
// its own IndicatorCache when its connection sees a commit, and calls
// changed(): everything here is dropped, and a value read before that is not
// kept (the epoch it was read in has passed), so a figure is never computed
// from rows older than the commit its thread has seen.
#include "common/Result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace tamkeen::impact {

class SharedReads {
public:
    // The value under `key` (its type's tag and, for a scope's, the scope's
    // key: scoped()); read by `load` when nobody has it, kept when `keep()`
    // says nothing changed on the reader's connection meanwhile. A null
    // value is kept too (its figure is read by SQL).
    template<typename T>
    Result<std::shared_ptr<const T>> get(const QString &key, const std::function<Result<std::shared_ptr<const T>>()> &load,
                                         const std::function<bool()> &keep)
    {
        std::shared_ptr<const void> value;
        auto loaded = getErased(
            key,
            [&]() -> Status {
                auto r = load();
                if (!r)
                    return r.error();
                value = r.value();
                return {};
            },
            keep, value);
        if (!loaded)
            return loaded.error();
        return std::static_pointer_cast<const T>(value);
    }

    // A key for what is read of one filter's households (scopeKey()).
    static QString scoped(const QString &tag, const QString &scope) { return tag + u'\x1d' + scope; }
    // Drops what is kept of scopes other than `scopes` (the kept facts and the
    // incomes, alike for every filter, stay).
    void keepScopes(const QStringList &scopes);
    // Another commit was seen: everything is dropped and what is being read
    // now is not kept.
    void changed();

private:
    Status getErased(const QString &key, const std::function<Status()> &load, const std::function<bool()> &keep,
                     std::shared_ptr<const void> &value);

    std::mutex m_mutex;
    std::condition_variable m_done;
    quint64 m_epoch = 0;
    QHash<QString, std::shared_ptr<const void>> m_values;
    QSet<QString> m_loading;
};

} // namespace tamkeen::impact
