#include "sync/Importer.h"

#include "sync/ImportRun.h"

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
    return ImportRun(m_db, m_options, path).run();
}

} // namespace tamkeen::sync
