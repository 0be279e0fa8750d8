#pragma once
// The household file's "Documents" tab (issue 17 §8): the family's scans and
// photos, what each is about, its type and date, and whether its content is on
// this computer yet; attach, view, print, save a copy; a supervisor removes.
#include "documents/Documents.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class AttachDocumentDialog;
class DocumentViewer;
class MessageBanner;
class RemoveDocumentDialog;

class DocumentsTab : public QWidget {
    Q_OBJECT
public:
    DocumentsTab(storage::Database &db, const AppSettings &settings, const security::Session &session,
                 MessageBanner *banner, QWidget *parent = nullptr);
    void setHousehold(const QByteArray &householdId);
    void reload();
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    const QList<documents::Document> &documents() const { return m_list; }

    AttachDocumentDialog *attach(); // about the household at first
    AttachDocumentDialog *attach(const documents::DocumentAbout &about);
    DocumentViewer *view();           // the document chosen in the table (null: none, or not here)
    RemoveDocumentDialog *remove();   // null for who may not remove

signals:
    void changed();

private:
    QString described(const documents::Document &d) const;
    void updateButtons();

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    QByteArray m_householdId;
    QList<documents::Document> m_list;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_view, *m_remove;
};

} // namespace tamkeen::ui
