#include "storage/CaptureFunctions.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <algorithm>
#include <sqlite3.h>

namespace tamkeen::storage {

namespace {

CaptureState *stateOf(sqlite3_context *ctx)
{
    return static_cast<CaptureState *>(sqlite3_user_data(ctx));
}

void captureOn(sqlite3_context *ctx, int, sqlite3_value **)
{
    sqlite3_result_int(ctx, stateOf(ctx)->enabled ? 1 : 0);
}

void hlc(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    quint64 seen = 0;
    if (argc == 1 && sqlite3_value_type(argv[0]) == SQLITE_INTEGER)
        seen = quint64(sqlite3_value_int64(argv[0]));
    CaptureState *state = stateOf(ctx);
    sqlite3_result_int64(ctx, sqlite3_int64(state->clock.next(std::max(seen, state->hlcFloor))));
}

void device(sqlite3_context *ctx, int, sqlite3_value **)
{
    const QByteArray &id = stateOf(ctx)->deviceId;
    if (id.size() != 16) {
        sqlite3_result_error(ctx, "tamkeen: this device has no identity yet (run setup first)", -1);
        return;
    }
    sqlite3_result_blob(ctx, id.constData(), int(id.size()), SQLITE_STATIC); // lives in CaptureState
}

void user(sqlite3_context *ctx, int, sqlite3_value **)
{
    const QByteArray &id = stateOf(ctx)->userId;
    if (id.isEmpty())
        sqlite3_result_null(ctx);
    else
        sqlite3_result_blob(ctx, id.constData(), int(id.size()), SQLITE_TRANSIENT);
}

} // namespace

Status registerCaptureFunctions(const QSqlDatabase &db, CaptureState *state)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("Database", "The SQLite driver did not give access to its connection."));
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
    // Not deterministic (each call differs), but innocuous: usable in triggers
    // even when a build turns trusted_schema off.
    const int flags = SQLITE_UTF8 | SQLITE_INNOCUOUS;
    struct Fn {
        const char *name;
        int args;
        void (*impl)(sqlite3_context *, int, sqlite3_value **);
    };
    const Fn fns[] = {
        {"tamkeen_capture_on", 0, captureOn},
        {"tamkeen_hlc", 1, hlc},
        {"tamkeen_device", 0, device},
        {"tamkeen_user", 0, user},
    };
    for (const Fn &f : fns) {
        if (sqlite3_create_function_v2(raw, f.name, f.args, flags, state, f.impl, nullptr, nullptr, nullptr)
            != SQLITE_OK) {
            return makeError(ErrorCode::Database,
                             QCoreApplication::translate("Database", "Could not prepare change tracking on the database: %1")
                                 .arg(QString::fromUtf8(sqlite3_errmsg(raw))));
        }
    }
    return {};
}

} // namespace tamkeen::storage
