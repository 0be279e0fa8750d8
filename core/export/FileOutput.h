#pragma once
// Writing a document all or nothing: the bytes go to a temporary file beside the
// target (QSaveFile) and replace it only when every byte was written, so a full
// disk, an error or a cancel leaves no half-written file. Failures say what
// happened (the disk is full, the folder cannot be written) and what to do.
#include "common/Result.h"

#include <QCoreApplication>
#include <functional>

class QIODevice;

namespace tamkeen::exporting {

class FileOutput {
    Q_DECLARE_TR_FUNCTIONS(FileOutput)
public:
    // `write` fills the device; an error it returns (e.g. cancelled) discards the file.
    static Status write(const QString &path, const std::function<Status(QIODevice &)> &write);
    static Status write(const QString &path, const QByteArray &bytes);
    // The translated sentence for a failed write to `path` (errorString from Qt).
    static Error writeError(const QString &path, const QString &errorString, int errorNumber);
};

} // namespace tamkeen::exporting
