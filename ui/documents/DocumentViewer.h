#pragma once
// One document shown (issue 17 §8): a photo fitted to the window's width, a
// PDF page after page; printed through the print preview, or a copy saved
// where the user chooses (both in the audit trail: the copy leaves Tamkeen's
// protection).
#include "documents/DocumentPages.h"
#include "documents/Documents.h"
#include "security/Session.h"

#include <QDialog>

class QLabel;
class QPrintPreviewDialog;
class QPushButton;
class QScrollArea;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class MessageBanner;

class DocumentViewer : public QDialog {
    Q_OBJECT
public:
    DocumentViewer(storage::Database &db, const AppSettings &settings, const security::Session &session,
                   const documents::Document &document, std::shared_ptr<DocumentPages> pages, QByteArray bytes,
                   const QString &heading, QWidget *parent = nullptr);
    QPrintPreviewDialog *print();
    // Writes the bytes as they came to `path` (the dialog asks where when empty).
    Status saveCopy(const QString &path = {});
    MessageBanner *banner() const { return m_banner; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitPhoto();

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    documents::Document m_document;
    std::shared_ptr<DocumentPages> m_pages;
    QByteArray m_bytes;
    QString m_heading;
    MessageBanner *m_banner;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_photo = nullptr;
};

} // namespace tamkeen::ui
