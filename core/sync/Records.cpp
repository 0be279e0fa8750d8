#include "sync/Records.h"

#include "sync/Package.h"

namespace tamkeen::sync {

Error RecordReader::damaged()
{
    return makeError(ErrorCode::Corrupt, tr("The package is damaged: a record cannot be read."));
}

Status RecordReader::forEach(const QByteArray &plain, const std::function<Status(Record &)> &each)
{
    Record record;
    qsizetype offset = 0, count = 0;
    while (offset < plain.size()) {
        if (++count > PackageReader::kMaxRecords) // bounds memory on hostile input
            return damaged();
        // One top-level item at a time: a sequence of them ends a reader's stream.
        const qsizetype used = wire::decode(plain.constData() + offset, plain.size() - offset, record);
        if (used <= 0)
            return damaged();
        offset += used;
        if (Status s = each(record); !s)
            return s;
    }
    return {};
}

} // namespace tamkeen::sync
