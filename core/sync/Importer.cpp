#include "sync/Importer.h"

#include "sync/ImportRun.h"
#include "sync/Package.h"
#include "sync/Snapshot.h"

#include "storage/CaptureTriggers.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

Importer::Importer(storage::Database &db, ImportOptions options) : m_db(db), m_options(std::move(options)) {}

QStringList Importer::packagesIn(const QString &folder)
{
    QStringList files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({u"*.tamkeen"_s}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

QString ImportSummary::refusalsText() const
{
    return Refusals::summary(refusedReasons);
}

ImportSummary Importer::importFile(const QString &path)
{
    // A snapshot starts a new laptop: the same Import button and command take it.
    if (auto header = PackageReader(path).readHeader(); header && header.value().snapshot) {
        ImportSummary summary;
        summary.file = path;
        summary.sender = header.value().device;
        summary.snapshot = true;
        auto started = Snapshot::start(m_db, path, m_options.progress);
        if (!started) {
            summary.refused = started.error().message;
            return summary;
        }
        summary.entries = started.value().entries;
        summary.newRows = started.value().rows;
        summary.conflicts = started.value().conflicts;
        for (const QString &table : storage::syncedTables(m_db))
            summary.tables.insert(table);
        return summary;
    }
    return ImportRun(m_db, m_options, path).run();
}

} // namespace tamkeen::sync
