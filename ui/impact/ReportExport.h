#pragma once
// The Reports page's Export menu: the view on screen as PDF, XLSX or CSV. The
// report comes from core (ReportTables) and leaves only through
// SmallNumbers::prepare, so the organisation's small-numbers rule holds here
// as in tamkeen-cli; every file is written all or nothing, and a failure
// (a full disk, a folder that cannot be written) is said in the banner.
#include "common/Result.h"
#include "impact/ReportTable.h"

#include <QObject>
#include <functional>

class QMenu;
class QPushButton;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class MessageBanner;

class ReportExport : public QObject {
    Q_OBJECT
public:
    enum class Format { Pdf, Xlsx, Csv };
    // The report of the view shown now, or why there is none yet.
    using Source = std::function<Result<impact::ReportDocument>()>;

    ReportExport(QPushButton *button, storage::Database &db, const AppSettings &settings, MessageBanner *banner,
                 Source source);

    QMenu *menu() const { return m_menu; }
    // Asks where (the file dialog), then exports.
    void askAndExport(Format format);
    // Writes the report to `path`; says in the banner what happened.
    bool exportTo(const QString &path, Format format);

private:
    QWidget *m_parent;
    storage::Database &m_db;
    const AppSettings &m_settings;
    MessageBanner *m_banner;
    Source m_source;
    QMenu *m_menu;
};

} // namespace tamkeen::ui
