#pragma once
// The records of a decrypted package chunk (docs/sync-format.md, "Records"),
// one after the other; core/sync/Wire decodes each.
#include "common/Result.h"
#include "sync/Wire.h"

#include <QCoreApplication>
#include <functional>

namespace tamkeen::sync {

using Record = wire::Record;

class RecordReader {
    Q_DECLARE_TR_FUNCTIONS(RecordReader)
public:
    // Calls `each` for every record of `plain`, in order; stops at the first
    // error it returns, or with "damaged" when the bytes are not records.
    static Status forEach(const QByteArray &plain, const std::function<Status(Record &)> &each);
    static Error damaged();
};

} // namespace tamkeen::sync
