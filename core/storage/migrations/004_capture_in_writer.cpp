#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration004CaptureInWriter(Database &db)
{
    // Inserts are recorded by SyncedWriter from now on (CaptureTriggers.h); the
    // old insert triggers would record them twice. The update triggers are
    // re-created after every migration anyway.
    auto q = db.exec(u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'capture\\_insert\\_%' ESCAPE '\\'"_s);
    if (!q)
        return q.error();
    QStringList drops;
    while (q.value()->next())
        drops << u"DROP TRIGGER \"%1\""_s.arg(q.value()->value(0).toString());
    q.value()->finish();
    return drops.isEmpty() ? Status() : db.execScript(drops.join(u";\n"_s));
}

} // namespace tamkeen::storage
