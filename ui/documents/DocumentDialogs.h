#pragma once
// Attaching a document (a file chosen on disk, what it is about, its type,
// date and description) and removing one with a reason (supervisors).
#include "documents/Documents.h"
#include "widgets/FormDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class DateField;

class AttachDocumentDialog : public FormDialog {
    Q_OBJECT
public:
    // `about`: what it is about at first (the household when empty).
    AttachDocumentDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                         const QByteArray &householdId, const documents::DocumentAbout &about = {},
                         QWidget *parent = nullptr);
    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *aboutBox() const { return m_about; }
    QComboBox *typeBox() const { return m_type; }
    DateField *dateField() const { return m_date; }
    QLineEdit *titleEdit() const { return m_title; }
    void chooseFile(); // the file dialog

protected:
    Status save() override;

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QByteArray m_householdId;
    QList<documents::DocumentAbout> m_subjects;
    QLineEdit *m_file;
    QComboBox *m_about;
    QComboBox *m_type;
    DateField *m_date;
    QLineEdit *m_title;
};

class RemoveDocumentDialog : public FormDialog {
    Q_OBJECT
public:
    RemoveDocumentDialog(storage::Database &db, const security::Session &session, const documents::Document &document,
                         const QString &described, QWidget *parent = nullptr);
    QLineEdit *reasonEdit() const { return m_reason; }

protected:
    Status save() override;

private:
    storage::Database &m_db;
    security::Session m_session;
    QByteArray m_id;
    QLineEdit *m_reason;
};

} // namespace tamkeen::ui
